/* recv(2) MSG_CMSG_CLOEXEC: a descriptor received with SCM_RIGHTS gets the
 * close-on-exec flag when recvmsg() is given MSG_CMSG_CLOEXEC, and not
 * without it. */
#include "sc.h"
#include <sys/uio.h>

SC_CASE(recv_msg_cmsg_cloexec) = {
	.claim  = "a descriptor received with MSG_CMSG_CLOEXEC has FD_CLOEXEC set; without the flag it has not",
	.source = SC_SRC("man:recv(2)", "MSG_CMSG_CLOEXEC: Set the close-on-exec flag for the file descriptor received via a UNIX domain file descriptor using the SCM_RIGHTS operation"),
	.kinds  = SC_UNIX,
	.key    = "fd_cloexec",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int flag;
} modes[] = {
	{ .name = "cloexec", .flag = MSG_CMSG_CLOEXEC },
	{ .name = "plain", .flag = 0 },
};
SC_VARIANTS(modes);

SC_TEST(recv_msg_cmsg_cloexec)
{
	const struct mode *V = P->variant;
	union { char b[CMSG_SPACE(sizeof(int))]; struct cmsghdr a; } ctl;
	char byte = 'f';
	struct iovec iov = { &byte, 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.b,
			    .msg_controllen = sizeof ctl.b };
	struct cmsghdr *cm = CMSG_FIRSTHDR(&m);
	int p[2], got = -1;

	SC_REQUIRE_OK(pipe2(p, O_CLOEXEC));
	sc_track(p[0]);
	sc_track(p[1]);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &p[0], sizeof(int));
	SC_REQUIRE_OK(sendmsg(P->a, &m, MSG_NOSIGNAL));
	m.msg_controllen = sizeof ctl.b;
	memset(ctl.b, 0, sizeof ctl.b);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message with the descriptor");
	SC_EXPECT_RET(recvmsg(P->b, &m, MSG_DONTWAIT | V->flag), 1);
	cm = CMSG_FIRSTHDR(&m);
	SC_REQUIRE(cm && cm->cmsg_type == SCM_RIGHTS, "no SCM_RIGHTS message received");
	memcpy(&got, CMSG_DATA(cm), sizeof got);
	sc_track(got);
	sc_observe_int("fd_cloexec", !!(fcntl(got, F_GETFD) & FD_CLOEXEC));
	SC_EXPECT_EQ(!!(fcntl(got, F_GETFD) & FD_CLOEXEC), !!V->flag);
}
