/* shutdown(2): with how SHUT_RDWR further receptions and transmissions are
 * disallowed: a send() fails with EPIPE, the peer reads end of file, and
 * reads return 0 (end of file) even after the peer sends more. */
#include "sc.h"

SC_CASE(shutdown_rdwr) = {
	.claim   = "after shutdown(SHUT_RDWR) the socket neither sends (EPIPE; the peer sees end of file) nor receives (read returns 0)",
	.source  = SC_SRC("man:shutdown(2)", "SHUT_RDWR: If how is SHUT_RDWR, further receptions and transmissions will be disallowed"),
	.kinds   = SC_CONNECTED,
	.key     = "read_after",
};

SC_TEST(shutdown_rdwr)
{
	char buf[16];
	struct sc_res n;

	SC_REQUIRE_OK(shutdown(P->a, SHUT_RDWR));
	sc_expect_shutdown_sent(P->a);
	sc_wait_shutdown_over(P->a);
	SC_EXPECT_ERRNO(send(P->a, "x", 1, MSG_NOSIGNAL | MSG_DONTWAIT), EPIPE);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "end of file at the peer");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 0);
	SC_EXPECT_RET(recv(P->a, buf, sizeof buf, MSG_DONTWAIT), 0);
	/* The peer may still send; none of it is received here. */
	send(P->b, "late", 4, MSG_NOSIGNAL | MSG_DONTWAIT);
	if (P->kind->caps & SC_TCP)
		SC_WAIT_UNTIL(sc_outq(P->b) == 0 || sc_poll(P->b, POLLERR, 0), SC_WAIT_MS,
			      "the late data to be acknowledged or refused");
	n = SC_CALL(recv(P->a, buf, sizeof buf, MSG_DONTWAIT));
	sc_observe_str("read_after", n.ret < 0 ? sc_errname(n.err) : n.ret == 0 ? "end of file" : "data");
	SC_EXPECT(n.ret <= 0, "read after shutdown(SHUT_RDWR) returned %ld bytes of the peer's late data", n.ret);
}
