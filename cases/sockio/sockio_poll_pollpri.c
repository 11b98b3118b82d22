/* socket(7) I/O events: POLLPRI, urgent data arrived; SIGURG is sent then
 * (to the socket's owner, here this process by F_SETOWN). */
#include "sc.h"
#include "revents.h"

SC_CASE(sockio_poll_pollpri) = {
	.claim  = "urgent data makes poll() report POLLPRI and raises SIGURG in the socket's owner",
	.source = SC_SRC("man:socket(7)", "poll POLLPRI: POLLPRI Urgent data arrived. SIGURG is sent then"),
	.kinds  = SC_URGENT,
	.key    = "revents",
};

SC_TEST(sockio_poll_pollpri)
{
	struct sc_res r;
	short rev;

	sc_catch(SIGURG, SA_RESTART);
	SC_REQUIRE_OK(fcntl(P->b, F_SETOWN, getpid()));
	r = SC_CALL(send(P->a, "u", 1, MSG_OOB));
	if (r.ret < 0 && r.err == EOPNOTSUPP && P->kind->domain == AF_UNIX)
		sc_unsupported("send(MSG_OOB) on AF_UNIX: EOPNOTSUPP (before Linux 5.15, or no CONFIG_AF_UNIX_OOB)");
	sc_expect_ok(SC_HERE, "send(MSG_OOB)", r);
	/* The byte has arrived when it is readable, urgent or not. */
	SC_WAIT_UNTIL(sc_poll(P->b, POLLIN | POLLPRI, 0), SC_WAIT_MS, "the urgent byte to arrive");
	rev = sc_poll(P->b, POLLIN | POLLPRI, 0);
	sc_observe_str("revents", sc_revents_name(rev));
	SC_EXPECT(rev & POLLPRI, "poll() reports %s once the urgent byte arrived, no POLLPRI", sc_revents_name(rev));
	sc_observe_int("sigurg", sc_wait_signal(SIGURG, SC_WAIT_MS));
	SC_EXPECT(sc_caught(SIGURG) > 0, "no SIGURG %d ms after urgent data arrived", SC_WAIT_MS);
}
