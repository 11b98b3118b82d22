/* The tutorial: the server's accept() returns at the third step of the
 * three-way handshake.  Checked as: a request whose third step the server
 * has not taken (its state SYN_RECV) cannot be accepted, and once the step
 * completes accept() returns a socket already ESTABLISHED.  Losing the
 * client's ACK deterministically needs root-only tools, so the server is
 * made to hold the ACK back instead: with TCP_DEFER_ACCEPT a bare ACK
 * leaves the request in SYN_RECV, and the client's first data completes
 * it. */
#include "sc.h"

SC_CASE(listen_accept_after_handshake) = {
	.claim  = "accept() returns a connection only after the handshake's third step: a SYN_RECV request is not acceptable, the accepted socket is ESTABLISHED",
	.source = SC_SRC("seed", "Socket 中 TCP 的三次握手建立连接详解: 服务器端的 accept 在三次握手的第三次返回"),
	.also   = { SC_SRC("man:tcp(7)", "TCP_DEFER_ACCEPT: allow a listener to be awakened only when data arrives on the socket") },
	.kinds  = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key    = "request_state",
};

SC_TEST(listen_accept_after_handshake)
{
	/* Many seconds: the request must stay deferred for the whole body. */
	int defer = 30, cport, s, st;
	struct sc_res r;
	char c = 0;

	sc_listen(P, 4);
	SC_SETOPT(P->l, IPPROTO_TCP, TCP_DEFER_ACCEPT, defer);
	P->a = sc_connect_nb(P, &r);
	SC_REQUIRE(r.ret == 0 || r.err == EINPROGRESS, "connect() failed: %s", sc_errname(r.err));
	/* The client is ESTABLISHED once it has sent the third step's ACK. */
	SC_WAIT_UNTIL(sc_tcp_state(P->a) == TCP_ESTABLISHED, SC_WAIT_MS, "the client to reach ESTABLISHED");
	cport = sc_port(P->a);
	st = sc_proc_tcp(P->kind->domain, sc_port(P->l), cport, NULL);
	sc_observe_str("request_state", sc_tcp_state_name(st));
	SC_REQUIRE(st == TCP_SYN_RECV, "the server side is %s, not a SYN_RECV request", sc_tcp_state_name(st));
	sc_observe_int("queue_len_before", sc_queue_len(P->l));
	SC_EXPECT_EQ(sc_poll(P->l, POLLIN, 0) & POLLIN, 0);
	sc_set_nonblock(P->l, 1);
	r = SC_CALL(accept(P->l, NULL, NULL));
	sc_track((int)r.ret);
	sc_expect_fail(SC_HERE, "accept() of a SYN_RECV request", r, (const int[]){ EAGAIN }, 1);

	SC_EXPECT_RET(send(P->a, "x", 1, 0), 1);
	s = sc_accept(P, SC_WAIT_MS);
	st = sc_tcp_state(s);
	sc_observe_str("accepted_state", sc_tcp_state_name(st));
	SC_EXPECT(st == TCP_ESTABLISHED, "the accepted socket is %s", sc_tcp_state_name(st));
	SC_EXPECT_RET(recv(s, &c, 1, MSG_DONTWAIT), 1);
}
