/* The tutorial reads a return of 0 from read() as end of file.  On message
 * sockets a zero-length message also reads as 0, and the next message is
 * still read after it: 0 there is a message, not the end (on streams the
 * reading holds: eof_read_zero_means_eof). */
#include "sc.h"

SC_CASE(eof_read_zero_message) = {
	.claim  = "read() returning 0 means end of file: nothing more can be read afterwards",
	.source = SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: 如果返回的值是 0 标识已经读到文件的结束了"),
	.kinds  = SC_MESSAGE,
	.key    = "read_after_zero",
};

SC_TEST(eof_read_zero_message)
{
	struct sc_res r = SC_CALL(send(P->a, "", 0, 0));
	char buf[16];
	long n;

	if (r.ret < 0) {
		/* A kind that carries no empty message reads 0 only at the end. */
		sc_observe_str("empty_message", sc_errname(r.err));
		SC_REQUIRE_OK(shutdown(P->a, SHUT_WR));
		sc_expect_shutdown_sent(P->a);
		SC_EXPECT_RET(read(P->b, buf, sizeof buf), 0);
		SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 0);
		return;
	}
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the empty message");
	SC_REQUIRE(read(P->b, buf, sizeof buf) == 0, "the first read did not return 0");
	SC_REQUIRE_OK(send(P->a, "more", 4, 0));
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message after the empty one");
	n = read(P->b, buf, sizeof buf);
	sc_observe_int("read_after_zero", n);
	SC_EXPECT(n == 0, "read returned %ld after a read of 0: not end of file", n);
}
