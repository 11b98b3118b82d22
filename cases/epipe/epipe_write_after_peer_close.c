/* Writing to a TCP connection whose peer has closed: the first write may
 * still succeed (only the peer's FIN has arrived; the peer answers the data
 * with RST), and a later write fails with EPIPE (ECONNRESET is also allowed
 * by the documents once the RST is in). */
#include "sc.h"
#include <poll.h>

SC_CASE(epipe_write_after_peer_close) = {
	.claim  = "after the peer closes, a first write may succeed and a later one fails with EPIPE (or ECONNRESET)",
	.source = SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: 如果为 EPIPE 表示网络连接出现了问题（对方已经关闭了连接）"),
	.also   = { SC_SRC("posix", "write(): [EPIPE] ... a socket that is shut down for writing or is no longer connected; [ECONNRESET]") },
	.kinds  = SC_TCP,
	.key    = "write_errno",
};

SC_TEST(epipe_write_after_peer_close)
{
	struct sc_res r;
	int ok = 0;

	sc_close(&P->b);
	sc_wait_fd(P->a, POLLRDHUP, SC_WAIT_MS, "the peer's FIN");
	sc_observe_str("state_after_fin", sc_tcp_state_name(sc_tcp_state(P->a)));
	for (;;) {
		r = sc_send1(P->a, MSG_NOSIGNAL);
		if (r.ret < 0 || ok == 3)
			break;
		ok++;
		/* The closed peer answers data with RST; wait for it to land. */
		sc_expect_reset(P->a);
	}
	sc_observe_int("writes_ok_before_error", ok);
	sc_observe_str("write_errno", r.ret < 0 ? sc_errname(r.err) : "none");
	SC_EXPECT(r.ret < 0 && (r.err == EPIPE || r.err == ECONNRESET),
		  "the write after the RST returned %ld %s", r.ret,
		  r.ret < 0 ? sc_errname(r.err) : "");
	SC_EXPECT_ERRNO(send(P->a, "x", 1, MSG_NOSIGNAL), EPIPE, ECONNRESET);
}
