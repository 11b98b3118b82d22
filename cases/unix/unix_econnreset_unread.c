/* unix(7) ECONNRESET: "Remote socket was unexpectedly closed."  A peer
 * that closes with data it never read has closed unexpectedly: the other
 * end's next receive fails with ECONNRESET. */
#include "sc.h"

SC_CASE(unix_econnreset_unread) = {
	.claim   = "when the peer closes with unread data, the next receive fails with ECONNRESET",
	.source  = SC_SRC("man:unix(7)", "ECONNRESET: Remote socket was unexpectedly closed"),
	.kinds   = SC_CONNECTED,
	.require = SC_UNIX,
	.key     = "errno",
};

SC_TEST(unix_econnreset_unread)
{
	struct sc_res r;
	char b[4];

	SC_EXPECT_RET(send(P->a, "u", 1, 0), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the byte at the peer");
	sc_close(&P->b);
	r = SC_CALL(recv(P->a, b, sizeof b, MSG_DONTWAIT));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : r.ret == 0 ? "eof" : "data");
	sc_expect_fail(SC_HERE, "recv() after the peer closed with unread data", r,
		       (const int[]){ ECONNRESET }, 1);
}
