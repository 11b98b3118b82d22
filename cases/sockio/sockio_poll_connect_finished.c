/* socket(7) I/O events: "POLLIN | POLLOUT: an outgoing connect(2)
 * finished".  A non-blocking connect to a listener; what poll() reports
 * once it has finished. */
#include "sc.h"
#include "revents.h"

SC_CASE(sockio_poll_connect_finished) = {
	.claim  = "once a non-blocking connect() has finished, poll() reports POLLIN | POLLOUT",
	.source = SC_SRC("man:socket(7)", "poll connect finished: POLLIN | POLLOUT An outgoing connect(2) finished"),
	.kinds  = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "revents",
};

SC_TEST(sockio_poll_connect_finished)
{
	struct sc_res r;
	short rev;
	int fd;

	sc_listen(P, 4);
	fd = sc_connect_nb(P, &r);
	SC_REQUIRE(r.ret == 0 || r.err == EINPROGRESS, "connect() failed: %s", sc_errname(r.err));
	sc_wait_fd(fd, POLLIN | POLLOUT, SC_WAIT_MS, "the connect to finish");
	rev = sc_poll(fd, POLLIN | POLLOUT, 0);
	sc_observe_str("revents", sc_revents_name(rev));
	SC_EXPECT((rev & (POLLIN | POLLOUT)) == (POLLIN | POLLOUT), "poll() reports %s once the connect finished",
		  sc_revents_name(rev));
}
