/* recv(2) recvmsg(): on return msg_controllen holds the length of the
 * control message sequence: CMSG_SPACE of the one message received (a
 * timestamp with SO_TIMESTAMP, credentials with SO_PASSCRED on AF_UNIX,
 * TCP_CM_INQ on TCP), or 0 when none. */
#include "sc.h"
#include <sys/uio.h>

SC_CASE(recv_msg_controllen) = {
	.claim  = "recvmsg() sets msg_controllen to the length of the control messages returned (0 for none)",
	.source = SC_SRC("man:recv(2)", "msg_controllen result: upon return from a successful call it will contain the length of the control message sequence"),
	.kinds  = SC_ALL,
	.key    = "msg_controllen",
};

SC_TEST(recv_msg_controllen)
{
	char c, ctl[256];
	struct iovec iov = { &c, 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl, .msg_controllen = sizeof ctl };
	size_t want;
	int stamp = 0;

	SC_EXPECT_RET(send(P->a, "a", 1, MSG_NOSIGNAL), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the first data");
	SC_EXPECT_RET(recvmsg(P->b, &m, MSG_DONTWAIT), 1);
	SC_EXPECT_EQ(m.msg_controllen, 0);
	if (P->kind->domain == AF_UNIX) {
		SC_SETOPT(P->b, SOL_SOCKET, SO_PASSCRED, 1);
		want = CMSG_SPACE(sizeof(struct ucred));
	} else if (P->kind->caps & SC_TCP) {
		SC_SETOPT(P->b, IPPROTO_TCP, TCP_INQ, 1);
		want = CMSG_SPACE(sizeof(int));
	} else {
		SC_SETOPT(P->b, SOL_SOCKET, SO_TIMESTAMP, 1);
		want = CMSG_SPACE(sizeof(struct timeval));
		stamp = 1;
	}
	SC_EXPECT_RET(send(P->a, "b", 1, MSG_NOSIGNAL), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the second data");
	m.msg_controllen = sizeof ctl;
	SC_EXPECT_RET(recvmsg(P->b, &m, MSG_DONTWAIT), 1);
	sc_observe_int("msg_controllen", (long)m.msg_controllen);
	if (stamp && m.msg_controllen == 0 && !(m.msg_flags & MSG_CTRUNC))
		sc_unsupported("%s returns no SO_TIMESTAMP control message at all (sockopt_timestamp reports it): "
			       "no length of one to see", P->kind->name);
	SC_EXPECT_EQ(m.msg_controllen, want);
}
