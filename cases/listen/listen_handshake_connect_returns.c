/* The tutorial: the client's connect() returns at the second step of the
 * three-way handshake (on the server's SYN-ACK), before the server has
 * taken the third.  The server holds the request back with
 * TCP_DEFER_ACCEPT (a bare ACK leaves the request in SYN_RECV): a blocking
 * connect() in a helper thread must return while the server side is still
 * SYN_RECV, not wait for the server to finish. */
#include "sc.h"

SC_CASE(listen_handshake_connect_returns) = {
	.claim  = "the client's connect() returns at the handshake's second step: it succeeds while the server's request is still SYN_RECV",
	.source = SC_SRC("seed", "Socket 中 TCP 的三次握手建立连接详解: 客户端的 connect 在三次握手的第二次返回"),
	.also   = { SC_SRC("rfc:793", "3.4 Establishing a connection: the client enters ESTABLISHED on receiving the SYN,ACK and sends the ACK") },
	.kinds  = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key    = "server_state",
};

SC_TEST(listen_handshake_connect_returns)
{
	static struct sc_call co;
	/* Many seconds: the request must stay deferred for the whole body. */
	int defer = 30, st;

	sc_listen(P, 4);
	SC_SETOPT(P->l, IPPROTO_TCP, TCP_DEFER_ACCEPT, defer);
	P->a = sc_kind_socket(P->kind);
	co.addr = (struct sockaddr *)&P->addr;
	co.addrlen = P->addrlen;
	sc_call_start(&co, SC_OP_CONNECT, P->a, 0);
	sc_call_expect_return(&co, SC_BLOCKED_MS, "the server's SYN-ACK (the server still holds the request)");
	sc_expect_ok(SC_HERE, "connect() in the helper thread", sc_call_res(&co));
	st = sc_tcp_state(P->a);
	sc_observe_str("client_state", sc_tcp_state_name(st));
	SC_EXPECT(st == TCP_ESTABLISHED, "after connect() returned the client is %s", sc_tcp_state_name(st));
	st = sc_proc_tcp(P->kind->domain, sc_port(P->l), sc_port(P->a), NULL);
	sc_observe_str("server_state", sc_tcp_state_name(st));
	SC_EXPECT(st == TCP_SYN_RECV, "after connect() returned the server side is %s, not SYN_RECV",
		  sc_tcp_state_name(st));
}
