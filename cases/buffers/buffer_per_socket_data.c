/* The tutorial (I/O buffer property 1): the input buffer belongs to one
 * socket.  Two pairs of the same kind carry different bytes at once; each
 * receiver counts only its own in SIOCINQ and reads back exactly its own
 * bytes, and the senders' own receive queues stay empty. */
#include "sc.h"

SC_CASE(buffer_per_socket_data) = {
	.claim   = "each socket has its own receive buffer: data sent to one socket is queued, counted and read there only",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: I/O 缓冲区在每个 TCP 套接字中单独存在"),
	.also    = { SC_SRC("man:tcp(7)", "SIOCINQ: returns the amount of queued unread data in the receive buffer") },
	.kinds   = SC_ALL,
	.key     = "other_inq",
};

SC_TEST(buffer_per_socket_data)
{
	struct sc_pair Q = *P;
	static char p_msg[1000], q_msg[700], in[2048];

	Q.a = Q.b = Q.l = -1;
	sc_make_pair(&Q);
	memset(p_msg, 'P', sizeof p_msg);
	memset(q_msg, 'Q', sizeof q_msg);
	sc_send_all(P->a, p_msg, sizeof p_msg);
	sc_send_all(Q.a, q_msg, sizeof q_msg);
	sc_wait_inq(P->b, sizeof p_msg, SC_WAIT_MS);
	sc_wait_inq(Q.b, sizeof q_msg, SC_WAIT_MS);
	if (sc_inq(P->b) < 0)
		sc_unsupported("the receive queue of %s cannot be counted: SIOCINQ and MSG_PEEK both fail (%s)",
			       P->kind->name, sc_errname((int)-sc_inq(P->b)));
	sc_observe_int("receiver_inq", sc_inq(P->b));
	sc_observe_int("other_inq", sc_inq(Q.b));
	SC_EXPECT_EQ(sc_inq(P->b), sizeof p_msg);
	SC_EXPECT_EQ(sc_inq(Q.b), sizeof q_msg);
	SC_EXPECT_EQ(sc_inq(P->a), 0);
	SC_EXPECT_EQ(sc_inq(Q.a), 0);
	SC_EXPECT_RET(recv(P->b, in, sizeof in, MSG_WAITALL | MSG_DONTWAIT), sizeof p_msg);
	SC_EXPECT(!memcmp(in, p_msg, sizeof p_msg), "the first receiver read bytes it was not sent");
	SC_EXPECT_RET(recv(Q.b, in, sizeof in, MSG_DONTWAIT), sizeof q_msg);
	SC_EXPECT(!memcmp(in, q_msg, sizeof q_msg), "the second receiver read bytes it was not sent");
}
