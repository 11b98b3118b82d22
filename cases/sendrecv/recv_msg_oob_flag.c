/* recv(2) recvmsg(): MSG_OOB in msg_flags says out-of-band data was
 * received. */
#include "sc.h"
#include "urgent.h"
#include <sys/uio.h>

SC_CASE(recv_msg_oob_flag) = {
	.claim  = "recvmsg(MSG_OOB) reading the urgent byte sets MSG_OOB in msg_flags",
	.source = SC_SRC("man:recv(2)", "MSG_OOB (2): is returned to indicate that expedited or out-of-band data was received."),
	.kinds  = SC_URGENT,
	.key    = "msg_flags",
};

SC_TEST(recv_msg_oob_flag)
{
	char c = 0;
	struct iovec iov = { &c, 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };

	sc_send_urgent(P->a, P->b, "", 'U');
	SC_EXPECT_RET(recvmsg(P->b, &m, MSG_OOB | MSG_DONTWAIT), 1);
	sc_observe_int("msg_flags", m.msg_flags);
	SC_EXPECT(m.msg_flags & MSG_OOB, "msg_flags 0x%x lacks MSG_OOB", m.msg_flags);
}
