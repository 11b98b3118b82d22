/* On a stream socket a read with a buffer smaller than the data queued
 * returns what fits; the rest stays queued for the next read. */
#include "sc.h"

SC_CASE(io_stream_partial_read) = {
	.claim   = "a stream read() into a smaller buffer returns what fits and leaves the rest queued (SIOCINQ shows it)",
	.source  = SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: read() 函数会从 fd 文件中读取 nbytes 个字节"),
	.also    = { SC_SRC("man:tcp(7)", "SIOCINQ: Returns the amount of queued unread data in the receive buffer") },
	.kinds   = SC_STREAM,
	.key     = "inq_after_read",
};

SC_TEST(io_stream_partial_read)
{
	char out[100], in[100], rest[128];
	long left;

	for (int i = 0; i < 100; i++)
		out[i] = (char)('A' + i % 26);
	sc_send_all(P->a, out, 100);
	sc_wait_inq(P->b, 100, SC_WAIT_MS);
	SC_EXPECT_RET(read(P->b, in, 30), 30);
	left = sc_inq(P->b);
	sc_observe_int("inq_after_read", left);
	SC_EXPECT_EQ(left, 70);
	SC_EXPECT_RET(read(P->b, rest, sizeof rest), 70);
	memcpy(in + 30, rest, 70);
	SC_EXPECT(!memcmp(in, out, 100), "the two reads do not give back the bytes written");
}
