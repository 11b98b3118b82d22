/* send(2): when the message does not fit into the send buffer, send()
 * normally blocks: a blocking send() on a full socket sleeps in the call
 * until the peer reads, then returns. */
#include "sc.h"
#include "msgcall.h"

SC_CASE(send_full_buffer_blocks) = {
	.claim  = "a blocking send() on a full socket waits until there is room, then completes",
	.source = SC_SRC("man:send(2)", "full buffer blocks: When the message does not fit into the send buffer of the socket, send() normally blocks"),
	.kinds  = SC_CONNECTED | SC_UNIX,
	.key    = "sent",
};

SC_TEST(send_full_buffer_blocks)
{
	static struct sc_msgcall m;
	static struct sc_call drain;
	size_t queued = sc_fill_settled(P->a);

	sc_msgcall_start(&m, SC_MSG_SEND, P->a, 512, MSG_NOSIGNAL);
	sc_msgcall_wait_blocked(&m, "send() to block on the full socket");
	SC_EXPECT(!sc_call_done(&m.c), "send() on the full socket returned %ld (%s) at once",
		  m.c.ret, sc_errname(m.c.err));
	sc_call_start(&drain, SC_OP_DRAIN, P->b, queued + 512);
	sc_call_expect_return(&m.c, SC_WAIT_MS, "the peer read");
	sc_observe_int("sent", m.c.ret);
	SC_EXPECT_EQ(m.c.ret, 512);
	sc_call_join(&drain, SC_WAIT_MS, "the reader");
}
