/* send(2) ECONNRESET: connection reset by peer.  The peer closes with
 * SO_LINGER {1, 0}, which resets the connection; the next send fails with
 * ECONNRESET. */
#include "sc.h"

SC_CASE(send_econnreset) = {
	.claim  = "send() on a connection the peer reset fails with ECONNRESET",
	.source = SC_SRC("man:send(2)", "ECONNRESET: Connection reset by peer."),
	.kinds  = SC_TCP,
	.key    = "errno",
};

SC_TEST(send_econnreset)
{
	struct linger lg = { 1, 0 };
	struct sc_res r;

	SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
	sc_close(&P->b);
	sc_wait_fd(P->a, POLLERR | POLLHUP, SC_WAIT_MS, "the peer's reset");
	r = SC_CALL(send(P->a, "x", 1, MSG_NOSIGNAL));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, "send() after the reset", r, (const int[]){ ECONNRESET }, 1);
}
