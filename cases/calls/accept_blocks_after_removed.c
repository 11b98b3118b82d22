/* accept(2), NOTES: a readiness event on a listener does not promise a
 * connection at accept() time: another caller may have taken it first, and
 * then accept() blocks waiting for the next connection to arrive.  Here
 * poll() reports the listener readable, the connection is accepted by
 * another caller, and a blocking accept() sleeps until a second client
 * connects. */
#include "sc.h"

SC_CASE(accept_blocks_after_removed) = {
	.claim   = "after a readable listener's connection was taken by another caller, accept() blocks until the next connection arrives",
	.source  = SC_SRC("man:accept(2)", "blocks after a removed connection: If this happens, then the call will block waiting for the next connection to arrive"),
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "accept",
};

SC_TEST(accept_blocks_after_removed)
{
	static struct sc_call acc;

	sc_listen(P, 4);
	P->a = sc_connect(P);
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the listener to become readable");
	/* The other caller removes the connection the event announced. */
	sc_track(SC_REQUIRE_OK(accept4(P->l, NULL, NULL, SOCK_CLOEXEC)));
	sc_call_start(&acc, SC_OP_ACCEPT, P->l, 0);
	sc_call_wait_blocked(&acc, SYS_accept4, "accept() to block");
	SC_EXPECT(!sc_call_done(&acc), "accept() returned %ld (%s) with nothing queued",
		  acc.ret, sc_errname(acc.err));
	sc_connect(P);
	sc_call_expect_return(&acc, SC_BLOCKED_MS, "the next client connected");
	sc_track((int)acc.ret);
	sc_observe_str("accept", acc.ret >= 0 ? "descriptor" : sc_errname(acc.err));
	SC_EXPECT(acc.ret >= 0, "accept() failed: %s", sc_errname(acc.err));
}
