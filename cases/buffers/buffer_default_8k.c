/* The tutorial: a socket's input and output buffers are "generally 8K" by
 * default, as getsockopt(SO_SNDBUF) / getsockopt(SO_RCVBUF) report. */
#include "sc.h"

SC_CASE(buffer_default_8k) = {
	.claim   = "a new socket's send and receive buffers are 8K (8192 bytes) by default",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: 输入输出缓冲区的默认大小一般都是 8K"),
	.kinds   = SC_ALL,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "default_sndbuf",
};

SC_TEST(buffer_default_8k)
{
	int fd = sc_kind_socket(P->kind);
	long snd = sc_sockopt_int(fd, SO_SNDBUF), rcv = sc_sockopt_int(fd, SO_RCVBUF);

	sc_observe_int("default_sndbuf", snd);
	sc_observe_int("default_rcvbuf", rcv);
	SC_EXPECT_EQ(snd, 8192);
	SC_EXPECT_EQ(rcv, 8192);
}
