/* sendmsg() sends the bytes of its iovec array as one transfer (to
 * msg_name, for datagrams); recvmsg() returns them with msg_flags clear
 * when its buffers hold everything. */
#include "sc.h"
#include <sys/uio.h>

SC_CASE(io_sendmsg_recvmsg) = {
	.claim   = "sendmsg() sends its iovec data, recvmsg() on the receiver returns it whole with no msg_flags set",
	.source  = SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: 推荐使用 recvmsg()/sendmsg() 函数，这两个函数是最通用的 I/O 函数"),
	.also    = { SC_SRC("posix", "recvmsg(): on return msg_flags may have MSG_EOR, MSG_OOB, MSG_TRUNC (normal data was truncated), MSG_CTRUNC set") },
	.kinds   = SC_ALL,
	.key     = "msg_flags",
};

SC_TEST(io_sendmsg_recvmsg)
{
	char h[] = "sockconf ", t[] = "sendmsg/recvmsg", buf[64];
	struct iovec out[2] = { { h, 9 }, { t, 15 } }, in = { buf, sizeof buf };
	struct msghdr m = { .msg_iov = out, .msg_iovlen = 2 };
	struct sockaddr_storage src;

	if (P->kind->type == SOCK_DGRAM) {
		m.msg_name = &P->addr;
		m.msg_namelen = P->addrlen;
	}
	SC_EXPECT_RET(sendmsg(P->a, &m, 0), 24);
	sc_wait_inq(P->b, 24, SC_WAIT_MS);
	m = (struct msghdr){ .msg_name = &src, .msg_namelen = sizeof src,
			     .msg_iov = &in, .msg_iovlen = 1 };
	SC_EXPECT_RET(recvmsg(P->b, &m, 0), 24);
	SC_EXPECT(!memcmp(buf, "sockconf sendmsg/recvmsg", 24), "recvmsg got other bytes: %.24s", buf);
	sc_observe_int("msg_flags", m.msg_flags);
	SC_EXPECT_EQ(m.msg_flags, 0);
}
