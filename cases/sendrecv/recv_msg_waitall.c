/* recv(2) MSG_WAITALL: the call blocks until the full request is
 * satisfied (stream sockets); it has no effect on datagram sockets.  A
 * recv(8, MSG_WAITALL) stays asleep after 4 bytes arrive and returns 8 when
 * the other 4 do; on a datagram socket it returns a 4-byte datagram at
 * once. */
#include "sc.h"
#include "msgcall.h"

SC_CASE(recv_msg_waitall) = {
	.claim  = "recv(MSG_WAITALL) waits for the full amount on a stream socket and returns a shorter datagram at once",
	.source = SC_SRC("man:recv(2)", "MSG_WAITALL: This flag requests that the operation block until the full request is satisfied. ... This flag has no effect for datagram sockets."),
	.kinds  = SC_STREAM | SC_DGRAM,
	.key    = "returned",
};

SC_TEST(recv_msg_waitall)
{
	static struct sc_msgcall m;

	sc_msgcall_start(&m, SC_MSG_RECV, P->b, 8, MSG_WAITALL);
	sc_msgcall_wait_blocked(&m, "recv() to wait for data");
	SC_EXPECT_RET(send(P->a, "half", 4, MSG_NOSIGNAL), 4);
	if (P->kind->type == SOCK_DGRAM) {
		sc_call_expect_return(&m.c, SC_BLOCKED_MS, "a 4-byte datagram arrived");
		sc_observe_int("returned", m.c.ret);
		SC_EXPECT_EQ(m.c.ret, 4);
		return;
	}
	/* The call took the half and sleeps again, waiting for the rest. */
	SC_WAIT_UNTIL(sc_call_done(&m.c) || (sc_inq(P->b) == 0 && sc_msgcall_blocked(&m)), SC_WAIT_MS,
		      "recv() to take the half and sleep again");
	if (sc_call_done(&m.c))
		sc_observe_int("returned", m.c.ret);
	SC_EXPECT(!sc_call_done(&m.c), "recv(MSG_WAITALL) returned %ld after half the data", m.c.ret);
	SC_EXPECT_RET(send(P->a, "full", 4, MSG_NOSIGNAL), 4);
	sc_call_expect_return(&m.c, SC_BLOCKED_MS, "the rest arrived");
	sc_observe_int("returned", m.c.ret);
	SC_EXPECT_EQ(m.c.ret, 8);
}
