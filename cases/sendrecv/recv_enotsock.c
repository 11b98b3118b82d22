/* recv(2) ENOTSOCK: sockfd does not refer to a socket: recv() on a pipe
 * fails with ENOTSOCK. */
#include "sc.h"

SC_CASE(recv_enotsock) = {
	.claim   = "recv() on a descriptor that is not a socket (a pipe) fails with ENOTSOCK",
	.source  = SC_SRC("man:recv(2)", "ENOTSOCK: The file descriptor sockfd does not refer to a socket."),
	.only    = "inet_stream",  /* no socket is involved: one item */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(recv_enotsock)
{
	int p[2];
	char c;

	SC_REQUIRE_OK(pipe2(p, O_CLOEXEC));
	sc_track(p[0]);
	sc_track(p[1]);
	SC_REQUIRE_OK(write(p[1], "x", 1));
	SC_EXPECT_ERRNO(recv(p[0], &c, 1, MSG_DONTWAIT), ENOTSOCK);
}
