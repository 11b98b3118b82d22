/* socket(7) I/O events: POLLHUP, the other end has shut down one
 * direction.  The peer shuts down its sending side (SHUT_WR); once that
 * has arrived, POLLHUP must be among what poll() reports. */
#include "sc.h"
#include "revents.h"

SC_CASE(sockio_poll_hup_one_direction) = {
	.claim  = "after the peer's shutdown(SHUT_WR), poll() reports POLLHUP",
	.source = SC_SRC("man:socket(7)", "poll POLLHUP one direction: POLLHUP The other end has shut down one direction"),
	.kinds  = SC_CONNECTED,
	.key    = "revents",
};

SC_TEST(sockio_poll_hup_one_direction)
{
	short r;

	SC_REQUIRE_OK(shutdown(P->b, SHUT_WR));
	sc_expect_shutdown_sent(P->b);
	sc_wait_fd(P->a, POLLIN | POLLRDHUP, SC_WAIT_MS, "the peer's shutdown to arrive");
	r = sc_poll(P->a, POLLIN | POLLRDHUP, 0);
	sc_observe_str("revents", sc_revents_name(r));
	SC_EXPECT(r & POLLHUP, "poll() reports %s after the peer shut down its side, no POLLHUP",
		  sc_revents_name(r));
}
