/* recv(2) recvmsg(): MSG_EOR in msg_flags says the data returned completed
 * a record (SOCK_SEQPACKET): reading a whole record sets it. */
#include "sc.h"
#include <sys/uio.h>

SC_CASE(recv_msg_eor) = {
	.claim  = "recvmsg() returning a whole record of a SOCK_SEQPACKET socket sets MSG_EOR in msg_flags",
	.source = SC_SRC("man:recv(2)", "MSG_EOR: indicates end-of-record; the data returned completed a record (generally used with sockets of type SOCK_SEQPACKET)."),
	.kinds  = SC_SEQPACKET,
	.key    = "msg_eor",
};

SC_TEST(recv_msg_eor)
{
	char buf[16];
	struct iovec iov = { buf, sizeof buf };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };

	SC_EXPECT_RET(send(P->a, "record", 6, MSG_EOR | MSG_NOSIGNAL), 6);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the record");
	SC_EXPECT_RET(recvmsg(P->b, &m, MSG_DONTWAIT), 6);
	sc_observe_int("msg_eor", !!(m.msg_flags & MSG_EOR));
	SC_EXPECT(m.msg_flags & MSG_EOR, "msg_flags 0x%x lacks MSG_EOR", m.msg_flags);
}
