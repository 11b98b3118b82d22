/* The tutorial: "TCP 套接字默认情况下是阻塞模式" (sockets block by
 * default): O_NONBLOCK is clear on a new socket, on both ends of a
 * connection and on an accepted socket, until the program sets it. */
#include "sc.h"

SC_CASE(blocking_default_mode) = {
	.claim   = "sockets are in blocking mode by default: O_NONBLOCK is clear on a new, a connected and an accepted socket",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: TCP 套接字默认情况下是阻塞模式"),
	.also    = { SC_SRC("man:socket(2)", "SOCK_NONBLOCK: set the O_NONBLOCK file status flag on the open file description") },
	.kinds   = SC_ALL,
	.key     = "fresh_flags",
};

SC_TEST(blocking_default_mode)
{
	int fresh = sc_kind_socket(P->kind);
	long fl = SC_EXPECT_OK(fcntl(fresh, F_GETFL));

	sc_observe_str("fresh_flags", fl & O_NONBLOCK ? "O_NONBLOCK" : "blocking");
	SC_EXPECT_EQ(fl & O_NONBLOCK, 0);
	SC_EXPECT_EQ(SC_EXPECT_OK(fcntl(P->a, F_GETFL)) & O_NONBLOCK, 0);
	SC_EXPECT_EQ(SC_EXPECT_OK(fcntl(P->b, F_GETFL)) & O_NONBLOCK, 0);
}
