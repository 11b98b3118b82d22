/* A message longer than the receive buffer is truncated: recvmsg() returns
 * what fits, sets MSG_TRUNC in msg_flags, and the excess is discarded (the
 * next read returns the next message). */
#include "sc.h"
#include <poll.h>
#include <sys/uio.h>

SC_CASE(io_dgram_truncate) = {
	.claim   = "a message longer than the buffer is truncated: recvmsg() returns the part that fits with MSG_TRUNC, the rest is discarded",
	.source  = SC_SRC("posix", "recv(): If a message is too long to fit in the supplied buffer ... the excess bytes shall be discarded; recvmsg(): MSG_TRUNC: Normal data was truncated"),
	.also    = { SC_SRC("man:recv(2)", "MSG_TRUNC (2): indicates that the trailing portion of a datagram was discarded because the datagram was larger than the buffer supplied") },
	.kinds   = SC_MESSAGE,
	.key     = "msg_flags",
};

SC_TEST(io_dgram_truncate)
{
	char big[100], in[10], next[16];
	struct iovec iov = { in, sizeof in };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };

	memset(big, 'B', sizeof big);
	SC_EXPECT_RET(send(P->a, big, sizeof big, 0), sizeof big);
	SC_EXPECT_RET(send(P->a, "next", 4, 0), 4);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the long message");
	SC_EXPECT_RET(recvmsg(P->b, &m, 0), sizeof in);
	sc_observe_int("msg_flags", m.msg_flags);
	SC_EXPECT(m.msg_flags & MSG_TRUNC, "msg_flags 0x%x lacks MSG_TRUNC", m.msg_flags);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the next message");
	SC_EXPECT_RET(recv(P->b, next, sizeof next, 0), 4);
	SC_EXPECT(!memcmp(next, "next", 4), "after truncation read \"%.4s\", not the next message", next);
}
