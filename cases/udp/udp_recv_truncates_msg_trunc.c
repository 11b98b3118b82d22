/* udp(7): a datagram bigger than the buffer is truncated and MSG_TRUNC is
 * set in msg_flags; the rest is gone (the next receive gets the next
 * datagram).  A smaller one comes whole, without the flag. */
#include "sc.h"
#include "cmsg.h"
#include <poll.h>

SC_CASE(udp_recv_truncates_msg_trunc) = {
	.claim  = "recvmsg() into a buffer smaller than the datagram returns the buffer's length with MSG_TRUNC set and discards the rest; a smaller datagram comes whole without it",
	.source = SC_SRC("man:udp(7)", "truncated with MSG_TRUNC: When the packet is smaller than the passed buffer, only that much data is returned; when it is bigger, the packet is truncated and the MSG_TRUNC flag is set"),
	.kinds  = SC_UDP,
	.key    = "truncated_len",
};

SC_TEST(udp_recv_truncates_msg_trunc)
{
	struct sc_msg m;
	char buf[64] = "";
	long n;

	SC_EXPECT_RET(send(P->a, "0123456789", 10, 0), 10);
	SC_EXPECT_RET(send(P->a, "ab", 2, 0), 2);
	sc_wait_inq(P->b, 1, SC_WAIT_MS);
	n = SC_EXPECT_OK(sc_recv_msg(P->b, buf, 4, 0, &m).ret);
	sc_observe_int("truncated_len", n);
	sc_observe_int("msg_trunc", !!(m.flags & MSG_TRUNC));
	SC_EXPECT_EQ(n, 4);
	SC_EXPECT(!memcmp(buf, "0123", 4), "the truncated datagram reads \"%.4s\"", buf);
	SC_EXPECT(m.flags & MSG_TRUNC, "msg_flags 0x%x lacks MSG_TRUNC", m.flags);
	memset(buf, 0, sizeof buf);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the second datagram");
	n = SC_EXPECT_OK(sc_recv_msg(P->b, buf, sizeof buf, MSG_DONTWAIT, &m).ret);
	SC_EXPECT(n == 2 && !memcmp(buf, "ab", 2), "after the truncated datagram came %ld bytes \"%.8s\"", n, buf);
	SC_EXPECT(!(m.flags & MSG_TRUNC), "MSG_TRUNC set on a datagram that fitted");
}
