/* write() on one end of a connection puts bytes that read() on the other
 * end returns, in both directions. */
#include "sc.h"

SC_CASE(io_read_write) = {
	.claim   = "write() on one socket sends data that read() on its peer returns, in both directions",
	.source  = SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: 在服务器端用 write() 向套接字写入数据，客户端就能收到，然后再使用 read() 从套接字中读取出来"),
	.also    = { SC_SRC("posix", "write(), read(): on a socket, equivalent to send()/recv() with no flags") },
	.kinds   = SC_ALL,
	.key     = "bytes",
};

SC_TEST(io_read_write)
{
	static const char msg[] = "sockconf read/write";
	const int ends[2][2] = { { P->a, P->b }, { P->b, P->a } };
	char buf[64];

	for (int i = 0; i < 2; i++) {
		int from = ends[i][0], to = ends[i][1];

		memset(buf, 0, sizeof buf);
		SC_EXPECT_RET(write(from, msg, sizeof msg), sizeof msg);
		sc_wait_inq(to, sizeof msg, SC_WAIT_MS);
		SC_EXPECT_RET(read(to, buf, sizeof buf), sizeof msg);
		SC_EXPECT(!memcmp(buf, msg, sizeof msg), "read other bytes: %.*s", (int)sizeof msg, buf);
	}
	sc_observe_int("bytes", sizeof msg);
}
