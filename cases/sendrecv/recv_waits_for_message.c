/* recv(2): with nothing to read, a blocking receive waits for a message:
 * the call sleeps until data is sent, then returns it. */
#include "sc.h"
#include "msgcall.h"

SC_CASE(recv_waits_for_message) = {
	.claim  = "a blocking recv() with nothing queued sleeps until data arrives, then returns it",
	.source = SC_SRC("man:recv(2)", "waits for a message: If no messages are available at the socket, the receive calls wait for a message to arrive"),
	.kinds  = SC_ALL,
	.key    = "returned",
};

SC_TEST(recv_waits_for_message)
{
	static struct sc_msgcall m;

	sc_msgcall_start(&m, SC_MSG_RECV, P->b, 16, 0);
	sc_msgcall_wait_blocked(&m, "recv() to wait");
	SC_EXPECT(!sc_call_done(&m.c), "recv() on an empty socket returned %ld (%s)", m.c.ret,
		  sc_errname(m.c.err));
	SC_EXPECT_RET(send(P->a, "wake", 4, MSG_NOSIGNAL), 4);
	sc_call_expect_return(&m.c, SC_BLOCKED_MS, "data was sent");
	sc_observe_int("returned", m.c.ret);
	SC_EXPECT_EQ(m.c.ret, 4);
}
