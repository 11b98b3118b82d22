/* close() only drops one reference to the socket: while a dup() of the
 * descriptor is still open no FIN is sent and the connection stays
 * established; closing the last reference sends the FIN. */
#include "sc.h"

SC_CASE(close_dup_no_fin) = {
	.claim  = "close() of one of two dup()ed descriptors sends no FIN; closing the last one does",
	.source = SC_SRC("seed", "close() 函数: close 操作只是使相应 socket 描述字的引用计数 -1，只有当引用计数为 0 的时候，才会触发 TCP 客户端向服务器发送终止连接请求"),
	.also   = { SC_SRC("man:close(2)", "if fd is the last file descriptor referring to the underlying open file description, the resources are freed") },
	.kinds  = SC_CONNECTED,
	.key    = "state_after_close",
};

SC_TEST(close_dup_no_fin)
{
	int d = sc_track(dup(P->a));
	char buf[8];

	SC_REQUIRE(d >= 0, "dup() failed: %s", sc_errname(errno));
	sc_close(&P->a);
	sc_expect_no_fin(d, P->b);
	sc_expect_established(P, d, "state_after_close");
	SC_EXPECT_RET(send(P->b, "ping", 4, MSG_NOSIGNAL), 4);
	SC_EXPECT_RET(send(d, "pong", 4, MSG_NOSIGNAL), 4);
	SC_EXPECT_RET(recv(d, buf, sizeof buf, 0), 4);
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, 0), 4);
	sc_expect_fin_on_close(&d, P->b);
}
