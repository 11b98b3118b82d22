/* recv(2) MSG_DONTWAIT: a per-call non-blocking receive: on a blocking
 * socket with nothing to read it fails at once with EAGAIN, and the socket
 * stays blocking. */
#include "sc.h"

SC_CASE(recv_msg_dontwait) = {
	.claim  = "recv(MSG_DONTWAIT) with nothing to read fails at once with EAGAIN, leaving the socket blocking",
	.source = SC_SRC("man:recv(2)", "MSG_DONTWAIT: Enables nonblocking operation; if the operation would block, the call fails with the error EAGAIN or EWOULDBLOCK."),
	.kinds  = SC_ALL,
	.key    = "errno",
};

SC_TEST(recv_msg_dontwait)
{
	char c;

	SC_EXPECT_ERRNO(recv(P->b, &c, 1, MSG_DONTWAIT), EAGAIN, EWOULDBLOCK);
	SC_EXPECT_EQ(fcntl(P->b, F_GETFL) & O_NONBLOCK, 0);
}
