/* The tutorial's handshake ordering: the server, on receiving SYN J, calls
 * accept(), which sends SYN K, ACK J+1; only then does the client's connect
 * return.  So with no accept() call the client's connect would not
 * complete.  A non-blocking connect to a listener nobody accepts on is
 * watched for 2 s. */
#include "sc.h"
#include <poll.h>

SC_CASE(connect_handshake_needs_accept) = {
	.claim  = "accept() sends the SYN-ACK: without an accept() call the client's connect does not complete",
	.source = SC_SRC("seed", "Socket 中 TCP 的三次握手建立连接详解: 服务器监听到连接请求，即收到 SYN J 包，调用 accept 函数接收请求向客户端发送 SYN K，ACK J+1"),
	.also   = SC_ALSO(SC_SRC("seed", "accept() 接收请求: listen() 只是让套接字处于监听状态，并没有接收请求。接收请求需要使用 accept() 函数"),
			  SC_SRC("seed", "accept() 接收请求: TCP 服务器监听到这个请求之后，就会调用 accept() 函数去接收请求，这样连接就建立好了")),
	.kinds  = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key    = "client_state",
};

SC_TEST(connect_handshake_needs_accept)
{
	struct sc_res r;
	short ev;
	int fd, ms = SC_WAIT_MS;

	sc_listen(P, 4);
	fd = sc_connect_nb(P, &r);
	SC_REQUIRE(r.ret == 0 || r.err == EINPROGRESS, "connect() gave %s", sc_errname(r.err));
	/* Loopback completes a handshake in microseconds; 2 s without it
	 * would mean the kernel really waits for accept(). */
	ev = sc_poll(fd, POLLOUT, ms);
	if (ev & POLLOUT)
		SC_WAIT_UNTIL(sc_queue_len(P->l) > 0, ms, "the listener to queue the connection");
	sc_observe_str("client_state", sc_tcp_state_name(sc_tcp_state(fd)));
	sc_observe_int("listener_queue", sc_queue_len(P->l));
	SC_EXPECT(!(ev & POLLOUT), "the connect completed with no accept(): client %s, %ld connection(s) in the listener's queue",
		  sc_tcp_state_name(sc_tcp_state(fd)), sc_queue_len(P->l));
}
