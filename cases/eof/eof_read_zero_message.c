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

/* A kind that carries no empty message reads 0 only at the end. */
static void zero_only_at_end(struct sc_pair *P)
{
	char buf[16];

	SC_REQUIRE_OK(shutdown(P->a, SHUT_WR));
	sc_expect_shutdown_sent(P->a);
	SC_EXPECT_RET(read(P->b, buf, sizeof buf), 0);
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 0);
}

SC_TEST(eof_read_zero_message)
{
	struct sc_res r = SC_CALL(send(P->a, "", 0, 0));
	char buf[16];
	long n;

	if (r.ret < 0) {
		sc_observe_str("empty_message", sc_errname(r.err));
		zero_only_at_end(P);
		return;
	}
	/* The message after it arrives after it, if it was sent at all. */
	SC_REQUIRE_OK(send(P->a, "more", 4, 0));
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the empty message or the one after it");
	n = read(P->b, buf, sizeof buf);
	if (n == 4) {
		/* send() of 0 bytes returned 0 and sent nothing. */
		sc_observe_str("empty_message", "not sent");
		zero_only_at_end(P);
		return;
	}
	SC_REQUIRE(n == 0, "the first read returned %ld, neither the empty message nor the next", n);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message after the empty one");
	n = read(P->b, buf, sizeof buf);
	sc_observe_int("read_after_zero", n);
	SC_EXPECT(n == 0, "read returned %ld after a read of 0: not end of file", n);
}
