/* The tutorial: a read() that returns 0 means end of file has been reached.
 * Taken at its word, a socket that has read 0 has nothing more to give, so a
 * later read returns 0 again whatever the peer sends.  On datagram sockets a
 * zero-length datagram also reads as 0 and more data follows it. */
#include "sc.h"
#include <poll.h>

SC_CASE(eof_read_zero_means_eof) = {
	.claim  = "read() returning 0 means end of file: nothing more can be read afterwards",
	.source = SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: 如果返回的值是 0 标识已经读到文件的结束了"),
	.kinds  = SC_DGRAM,
	.key    = "read_after_zero",
};

SC_TEST(eof_read_zero_means_eof)
{
	char buf[16];
	long n;

	SC_REQUIRE_OK(send(P->a, "", 0, 0));
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the empty datagram");
	SC_REQUIRE(read(P->b, buf, sizeof buf) == 0, "the first read did not return 0");
	SC_REQUIRE_OK(send(P->a, "more", 4, 0));
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram after the empty one");
	n = read(P->b, buf, sizeof buf);
	sc_observe_int("read_after_zero", n);
	SC_EXPECT(n == 0, "read returned %ld after a read of 0: not end of file", n);
}
