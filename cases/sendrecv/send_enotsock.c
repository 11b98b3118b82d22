/* send(2) ENOTSOCK: sockfd does not refer to a socket: send() on a pipe
 * fails with ENOTSOCK. */
#include "sc.h"

SC_CASE(send_enotsock) = {
	.claim   = "send() on a descriptor that is not a socket (a pipe) fails with ENOTSOCK",
	.source  = SC_SRC("man:send(2)", "ENOTSOCK: The file descriptor sockfd does not refer to a socket."),
	.only    = "inet_stream",  /* no socket is involved: one item */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(send_enotsock)
{
	int p[2];

	SC_REQUIRE_OK(pipe2(p, O_CLOEXEC));
	sc_track(p[0]);
	sc_track(p[1]);
	SC_EXPECT_ERRNO(send(p[1], "x", 1, MSG_NOSIGNAL), ENOTSOCK);
}
