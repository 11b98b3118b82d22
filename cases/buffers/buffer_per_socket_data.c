/* The tutorial (I/O buffer property 1): the input buffer belongs to one
 * socket; data queued for one socket is counted in its SIOCINQ and in no
 * other socket's, not even one of the same kind connected in parallel. */
#include "sc.h"

SC_CASE(buffer_per_socket_data) = {
	.claim   = "data queued in one socket's receive buffer does not appear in another socket's SIOCINQ",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: I/O 缓冲区在每个 TCP 套接字中单独存在"),
	.also    = { SC_SRC("man:tcp(7)", "SIOCINQ: returns the amount of queued unread data in the receive buffer") },
	.kinds   = SC_ALL,
	.key     = "other_inq",
};

SC_TEST(buffer_per_socket_data)
{
	struct sc_pair Q = *P;
	static const char msg[1000];

	Q.a = Q.b = Q.l = -1;
	sc_make_pair(&Q);
	sc_send_all(P->a, msg, sizeof msg);
	SC_WAIT_UNTIL(sc_inq(P->b) == (long)sizeof msg, SC_WAIT_MS, "the data in the receiver's SIOCINQ");
	sc_observe_int("receiver_inq", sc_inq(P->b));
	sc_observe_int("other_inq", sc_inq(Q.b));
	SC_EXPECT_EQ(sc_inq(Q.b), 0);
	SC_EXPECT_EQ(sc_inq(Q.a), 0);
	SC_EXPECT_EQ(sc_inq(P->a), 0);
}
