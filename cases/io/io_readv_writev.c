/* writev() gathers its buffers, in order, into one transfer; readv() on
 * the peer scatters the bytes over its own buffers, in order. */
#include "sc.h"
#include <sys/uio.h>

SC_CASE(io_readv_writev) = {
	.claim   = "writev() sends its buffers in order and readv() on the peer scatters them into its buffers in order",
	.source  = SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: readv()/writev()"),
	.also    = { SC_SRC("posix", "writev(): gather output, iov[0], iov[1], ... in order; readv(): scatter input") },
	.kinds   = SC_ALL,
	.key     = "bytes",
};

SC_TEST(io_readv_writev)
{
	char p1[] = "sock", p2[] = "conf-", p3[] = "vectored";
	struct iovec out[3] = { { p1, 4 }, { p2, 5 }, { p3, 8 } };
	char r1[7], r2[32];
	struct iovec in[2] = { { r1, sizeof r1 }, { r2, sizeof r2 } };

	memset(r1, 0, sizeof r1);
	memset(r2, 0, sizeof r2);
	SC_EXPECT_RET(writev(P->a, out, 3), 17);
	sc_wait_inq(P->b, 17, SC_WAIT_MS);
	SC_EXPECT_RET(readv(P->b, in, 2), 17);
	SC_EXPECT(!memcmp(r1, "sockcon", 7) && !memcmp(r2, "f-vectored", 10),
		  "readv got \"%.7s\" + \"%.10s\"", r1, r2);
	sc_observe_int("bytes", 17);
}
