/* The tutorial (I/O buffer property 4) says close() loses what is left in
 * the input buffer; RFC 2525 adds that TCP must then send a RST rather
 * than a FIN, so the peer learns data was lost: its next read fails with
 * ECONNRESET instead of returning end of file. */
#include "sc.h"
#include <poll.h>

SC_CASE(buffer_close_unread_reset) = {
	.claim   = "close() with unread data in the receive buffer discards it and resets the connection: the peer's read fails with ECONNRESET",
	.source  = SC_SRC("rfc:2525", "2.17 Failure to RST on close with data pending"),
	.also    = SC_ALSO(SC_SRC("seed", "socket 缓冲区以及阻塞模式: 关闭套接字将丢失输入缓冲区中的数据"),
			   SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: 如果是 ESONNRESE 表示网络连接出了问题")),
	.kinds   = SC_CONNECTED,
	.key     = "peer_read",
};

SC_TEST(buffer_close_unread_reset)
{
	char buf[64];
	struct sc_res r;

	sc_send_all(P->a, "unread", 6);
	sc_wait_inq(P->b, 6, SC_WAIT_MS);
	sc_close(&P->b);
	sc_wait_fd(P->a, POLLIN, SC_WAIT_MS, "the peer's close to reach the sender");
	r = SC_CALL(read(P->a, buf, sizeof buf));
	sc_observe_str("peer_read", r.ret == 0 ? "EOF" : r.ret < 0 ? sc_errname(r.err) : "data");
	sc_expect_fail(SC_HERE, "read(P->a) after the peer closed with unread data", r,
		       (const int[]){ ECONNRESET }, 1);
}
