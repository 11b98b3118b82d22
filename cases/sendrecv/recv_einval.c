/* recv(2) EINVAL: an invalid argument: recvmsg() with a negative
 * msg_namelen fails with EINVAL. */
#include "sc.h"
#include <sys/uio.h>

SC_CASE(recv_einval) = {
	.claim  = "recvmsg() with a negative msg_namelen fails with EINVAL",
	.source = SC_SRC("man:recv(2)", "EINVAL: Invalid argument passed."),
	.kinds  = SC_PLAIN,
	.key    = "errno",
};

SC_TEST(recv_einval)
{
	struct sockaddr_storage ss;
	char c;
	struct iovec iov = { &c, 1 };
	struct msghdr m = { .msg_name = &ss, .msg_namelen = (socklen_t)-1, .msg_iov = &iov,
			    .msg_iovlen = 1 };

	SC_EXPECT_RET(send(P->a, "x", 1, MSG_NOSIGNAL), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	SC_EXPECT_ERRNO(recvmsg(P->b, &m, MSG_DONTWAIT), EINVAL);
}
