/* The tutorial: a read() of 0 means the end of the file has been reached.
 * On a stream socket 0 comes once the peer has shut down its sending side,
 * and it is final: the peer can send nothing more (EPIPE) and every later
 * read() returns 0 again.  (On message sockets 0 can be an empty message:
 * eof_read_zero_message.) */
#include "sc.h"

SC_CASE(eof_read_zero_means_eof) = {
	.claim  = "on a stream socket read() returns 0 only at end of file, and nothing can be read after it",
	.source = SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: 如果返回的值是 0 标识已经读到文件的结束了"),
	.also   = { SC_SRC("posix", "read(): no data and the peer has closed: return 0") },
	.kinds  = SC_STREAM,
	.key    = "peer_send_after_eof",
};

SC_TEST(eof_read_zero_means_eof)
{
	struct sc_res r;
	char buf[16];

	sc_send_all(P->a, "last", 4);
	SC_REQUIRE_OK(shutdown(P->a, SHUT_WR));
	SC_EXPECT_RET(read(P->b, buf, sizeof buf), 4);
	SC_EXPECT_RET(read(P->b, buf, sizeof buf), 0);
	sc_wait_shutdown_over(P->a);
	r = SC_CALL(send(P->a, "more", 4, MSG_NOSIGNAL));
	sc_observe_str("peer_send_after_eof", r.ret < 0 ? sc_errname(r.err) : "sent");
	SC_EXPECT_ERRNO_RES("send() by the peer after its end of file", r, EPIPE);
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 0);
}
