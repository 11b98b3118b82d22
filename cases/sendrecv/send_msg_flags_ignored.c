/* send(2) sendmsg(): the msg_flags field of the msghdr is ignored: with
 * MSG_OOB in msg_flags (and not in the flags argument) the data goes as
 * ordinary data, on every kind (no urgent data, no EOPNOTSUPP). */
#include "sc.h"
#include <sys/uio.h>

SC_CASE(send_msg_flags_ignored) = {
	.claim  = "sendmsg() ignores msghdr.msg_flags: MSG_OOB there sends ordinary data",
	.source = SC_SRC("man:send(2)", "msg_flags ignored: The msg_flags field is ignored."),
	.kinds  = SC_ALL,
	.key    = "received",
};

SC_TEST(send_msg_flags_ignored)
{
	struct iovec iov = { "ord", 3 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_flags = MSG_OOB };
	char buf[8] = "";

	SC_EXPECT_RET(sendmsg(P->a, &m, MSG_NOSIGNAL), 3);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	SC_EXPECT_EQ(sc_poll(P->b, POLLPRI, 0) & POLLPRI, 0);
	sc_observe_int("received", recv(P->b, buf, sizeof buf, MSG_DONTWAIT));
	SC_EXPECT(!strcmp(buf, "ord"), "received \"%s\"", buf);
}
