/* The tutorial: socket() makes an active socket and listen() turns it into
 * a passive one that waits for clients' connection requests.  A listening
 * socket initiates nothing and carries no data: connect() from it fails,
 * send() on it fails, and it has no peer (getpeername() fails with
 * ENOTCONN); it still takes connections. */
#include "sc.h"

SC_CASE(listen_socket_passive) = {
	.claim  = "listen() makes the socket passive: it cannot connect() or send(), has no peer, and only accepts connections",
	.source = SC_SRC("seed", "使用 listen() 函数: socket() 函数创建的 socket 模式是一个主动类型的，listen 函数将 socket 变为被动类型的，等待客户的连接请求"),
	.also   = { SC_SRC("posix", "listen(): mark a connection-mode socket, specified by the socket argument, as accepting connections") },
	.kinds  = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "connect_errno",
};

SC_TEST(listen_socket_passive)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	int other, c;
	struct sc_res r;

	/* Somewhere else to connect to: a second listener. */
	sc_listen(P, 4);
	other = P->l;
	sc_listen(P, 4);
	len = sizeof ss;
	SC_REQUIRE_OK(getsockname(other, (struct sockaddr *)&ss, &len));
	sc_set_nonblock(P->l, 1);
	r = SC_CALL(connect(P->l, (struct sockaddr *)&ss, len));
	sc_observe_str("connect_errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	SC_EXPECT(r.ret < 0 && r.err != EINPROGRESS, "connect() from a listening socket returned %ld (%s)",
		  r.ret, sc_errname(r.err));
	r = SC_CALL(send(P->l, "x", 1, MSG_NOSIGNAL | MSG_DONTWAIT));
	sc_observe_str("send_errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	SC_EXPECT(r.ret < 0, "send() on a listening socket returned %ld", r.ret);
	len = sizeof ss;
	SC_EXPECT_ERRNO(getpeername(P->l, (struct sockaddr *)&ss, &len), ENOTCONN);
	SC_EXPECT_EQ(sc_poll(other, POLLIN, 0) & POLLIN, 0);
	c = sc_connect(P);
	sc_close(&c);
	sc_accept(P, SC_WAIT_MS);
}
