/* accept() on a listener with an empty queue blocks: a helper thread is
 * seen asleep inside accept4() until a client connects, and then returns
 * the new connection. */
#include "sc.h"

SC_CASE(accept_blocks_until_connection) = {
	.claim  = "accept() blocks until a connection request arrives",
	.source = SC_SRC("seed", "accept() 接收请求: accept() 会阻塞程序执行（后面代码不能被执行），直到有新的请求到来"),
	.also   = { SC_SRC("posix", "accept(): if the listen queue is empty of connection requests and O_NONBLOCK is not set, accept() shall block until a connection is present") },
	.kinds  = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "accept_ret",
};

SC_TEST(accept_blocks_until_connection)
{
	static struct sc_call acc;

	sc_listen(P, 4);
	sc_call_start(&acc, SC_OP_ACCEPT, P->l, 0);
	sc_call_wait_blocked(&acc, SYS_accept4, "the thread to block in accept()");
	SC_EXPECT(!sc_call_done(&acc), "accept() returned %ld (%s) with no client",
		  acc.ret, sc_errname(acc.err));
	P->a = sc_connect(P);
	sc_call_expect_return(&acc, SC_BLOCKED_MS, "a client connected");
	sc_track((int)acc.ret);
	sc_observe_str("accept_ret", acc.ret >= 0 ? "descriptor" : sc_errname(acc.err));
	SC_EXPECT(acc.ret >= 0, "accept() failed: %s", sc_errname(acc.err));
}
