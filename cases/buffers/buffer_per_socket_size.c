/* The tutorial (I/O buffer properties 1 and 2): every socket gets its own
 * input and output buffers, made when the socket is created; so a fresh
 * socket already reports buffer sizes, and resizing one socket's buffers
 * leaves another's as they were. */
#include "sc.h"

SC_CASE(buffer_per_socket_size) = {
	.claim   = "each socket has its own send and receive buffers from creation: setting one socket's sizes leaves another's unchanged",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: I/O 缓冲区在每个 TCP 套接字中单独存在"),
	.also    = SC_ALSO(SC_SRC("seed", "socket 缓冲区以及阻塞模式: I/O 缓冲区在创建套接字时自动生成")),
	.kinds   = SC_ALL,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "other_sndbuf",
};

SC_TEST(buffer_per_socket_size)
{
	int s1 = sc_kind_socket(P->kind), s2 = sc_kind_socket(P->kind);
	long snd2 = sc_sockopt_int(s2, SO_SNDBUF), rcv2 = sc_sockopt_int(s2, SO_RCVBUF);
	int v = 6144;

	SC_EXPECT_CMP(sc_sockopt_int(s1, SO_SNDBUF), >, 0);
	SC_EXPECT_CMP(sc_sockopt_int(s1, SO_RCVBUF), >, 0);
	SC_REQUIRE(snd2 != 2 * v && rcv2 != 2 * v, "default already %d", 2 * v);
	SC_REQUIRE_OK(setsockopt(s1, SOL_SOCKET, SO_SNDBUF, &v, sizeof v));
	SC_REQUIRE_OK(setsockopt(s1, SOL_SOCKET, SO_RCVBUF, &v, sizeof v));
	sc_observe_int("changed_sndbuf", sc_sockopt_int(s1, SO_SNDBUF));
	sc_observe_int("other_sndbuf", sc_sockopt_int(s2, SO_SNDBUF));
	SC_EXPECT_EQ(sc_sockopt_int(s2, SO_SNDBUF), snd2);
	SC_EXPECT_EQ(sc_sockopt_int(s2, SO_RCVBUF), rcv2);
	SC_EXPECT_CMP(sc_sockopt_int(s1, SO_SNDBUF), !=, snd2);
}
