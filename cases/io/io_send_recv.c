/* send() on one end of a connection puts bytes that recv() on the other
 * end returns, in both directions. */
#include "sc.h"

SC_CASE(io_send_recv) = {
	.claim   = "send() on one socket sends data that recv() on its peer returns, in both directions",
	.source  = SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: recv()/send()"),
	.also    = { SC_SRC("posix", "send(): shall initiate transmission of a message; recv(): shall receive a message from a connection-mode or connectionless-mode socket") },
	.kinds   = SC_ALL,
	.key     = "bytes",
};

SC_TEST(io_send_recv)
{
	static const char msg[] = "sockconf send/recv";
	const int ends[2][2] = { { P->a, P->b }, { P->b, P->a } };
	char buf[64];

	for (int i = 0; i < 2; i++) {
		int from = ends[i][0], to = ends[i][1];

		memset(buf, 0, sizeof buf);
		SC_EXPECT_RET(send(from, msg, sizeof msg, 0), sizeof msg);
		sc_wait_inq(to, sizeof msg, SC_WAIT_MS);
		SC_EXPECT_RET(recv(to, buf, sizeof buf, 0), sizeof msg);
		SC_EXPECT(!memcmp(buf, msg, sizeof msg), "recv got other bytes: %.*s", (int)sizeof msg, buf);
	}
	sc_observe_int("bytes", sizeof msg);
}
