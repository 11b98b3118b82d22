/* recv(2) recvmsg(): on return msg_namelen holds the length of the address
 * returned: the sender's address length (getsockname). */
#include "sc.h"
#include <sys/uio.h>

SC_CASE(recv_msg_namelen) = {
	.claim   = "recvmsg() sets msg_namelen to the length of the source address it returns",
	.source  = SC_SRC("man:recv(2)", "msg_namelen result: upon return from a successful call, msg_namelen will contain the length of the returned address"),
	.kinds   = SC_DGRAM,
	.exclude = SC_SOCKETPAIR, /* an unnamed sender has no address */
	.key     = "msg_namelen",
};

SC_TEST(recv_msg_namelen)
{
	struct sockaddr_storage me, src;
	socklen_t ml = sizeof me;
	char c;
	struct iovec iov = { &c, 1 };
	struct msghdr m = { .msg_name = &src, .msg_namelen = sizeof src, .msg_iov = &iov, .msg_iovlen = 1 };

	SC_REQUIRE_OK(getsockname(P->a, (struct sockaddr *)&me, &ml));
	SC_EXPECT_RET(send(P->a, "x", 1, 0), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_EXPECT_RET(recvmsg(P->b, &m, MSG_DONTWAIT), 1);
	sc_observe_int("msg_namelen", m.msg_namelen);
	SC_EXPECT_EQ(m.msg_namelen, ml);
}
