/* POSIX connect(): on a connection-mode socket without O_NONBLOCK, connect()
 * blocks until the connection is established.  When it returns 0 the TCP
 * socket is ESTABLISHED and every socket is connected to the listener's
 * address (getpeername). */
#include "sc.h"

SC_CASE(connect_blocks_until_established) = {
	.claim  = "a blocking connect() returns only once the connection is established",
	.source = SC_SRC("posix", "connect(): if the connection cannot be established immediately and O_NONBLOCK is not set, connect() shall block until the connection is established"),
	.also   = { SC_SRC("seed", "Socket 中 TCP 的三次握手建立连接详解: 客户端收到服务器的 SYN K、ACK J+1 之后，这时 connect 返回") },
	.kinds  = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "state_after_connect",
};

SC_TEST(connect_blocks_until_established)
{
	struct sockaddr_storage peer;
	socklen_t plen = sizeof peer;
	int fd;

	sc_listen(P, 4);
	fd = sc_kind_socket(P->kind);
	SC_EXPECT_RET(connect(fd, (struct sockaddr *)&P->addr, P->addrlen), 0);
	if (P->kind->caps & SC_TCP) {
		sc_observe_str("state_after_connect", sc_tcp_state_name(sc_tcp_state(fd)));
		SC_EXPECT_EQ(sc_tcp_state(fd), TCP_ESTABLISHED);
	}
	SC_EXPECT_OK(getpeername(fd, (struct sockaddr *)&peer, &plen));
	SC_EXPECT_EQ(plen, P->addrlen);
	SC_EXPECT(memcmp(&peer, &P->addr, plen) == 0, "getpeername() differs from the listener's address");
}
