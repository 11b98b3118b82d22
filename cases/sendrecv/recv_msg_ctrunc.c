/* recv(2) recvmsg(): MSG_CTRUNC in msg_flags says control data was
 * discarded for lack of room.  With an option that adds a control message
 * to every read (SO_PASSCRED on AF_UNIX, TCP_INQ on TCP, SO_TIMESTAMP on
 * datagrams), a recvmsg() with room for the control message does not set
 * MSG_CTRUNC; the next one, whose control buffer holds only a cmsghdr (no
 * room for the data), does. */
#include "sc.h"
#include <sys/uio.h>

SC_CASE(recv_msg_ctrunc) = {
	.claim  = "a control message that does not fit the control buffer sets MSG_CTRUNC",
	.source = SC_SRC("man:recv(2)", "MSG_CTRUNC: indicates that some control data was discarded due to lack of space in the buffer for ancillary data."),
	.kinds  = SC_ALL,
	.key    = "msg_flags",
};

SC_TEST(recv_msg_ctrunc)
{
	char buf[8], ctl[CMSG_SPACE(64)];
	struct iovec iov = { buf, 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl,
			    .msg_controllen = sizeof ctl };
	int stamp = 0;

	if (P->kind->domain == AF_UNIX) {
		SC_SETOPT(P->b, SOL_SOCKET, SO_PASSCRED, 1);
	} else if (P->kind->caps & SC_TCP) {
		SC_SETOPT(P->b, IPPROTO_TCP, TCP_INQ, 1);
	} else {
		SC_SETOPT(P->b, SOL_SOCKET, SO_TIMESTAMP, 1);
		stamp = 1;
	}
	SC_EXPECT_RET(send(P->a, "ab", 2, MSG_NOSIGNAL), 2);
	SC_EXPECT_RET(send(P->a, "cd", 2, MSG_NOSIGNAL), 2);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	/* With room the control message arrives whole. */
	SC_EXPECT_RET(recvmsg(P->b, &m, MSG_DONTWAIT), 1);
	if (stamp && !CMSG_FIRSTHDR(&m) && !(m.msg_flags & MSG_CTRUNC))
		sc_unsupported("%s returns no SO_TIMESTAMP control message even with room for it "
			       "(sockopt_timestamp reports it): nothing to truncate", P->kind->name);
	SC_EXPECT(CMSG_FIRSTHDR(&m) != NULL, "no control message with room for it");
	SC_EXPECT_EQ(m.msg_flags & MSG_CTRUNC, 0);
	/* Without room for its data it is cut, and the flag says so. */
	m.msg_controllen = sizeof(struct cmsghdr);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the rest of the data");
	SC_EXPECT_RET(recvmsg(P->b, &m, MSG_DONTWAIT), 1);
	sc_observe_int("msg_flags", m.msg_flags);
	SC_EXPECT(m.msg_flags & MSG_CTRUNC, "msg_flags 0x%x lacks MSG_CTRUNC", m.msg_flags);
}
