/* recv() with the MSG_TRUNC flag on an Internet or UNIX datagram socket
 * returns the datagram's real length even when the buffer is shorter. */
#include "sc.h"
#include <poll.h>

SC_CASE(io_recv_trunc_real_length) = {
	.claim   = "recv(MSG_TRUNC) on a datagram socket returns the real length of a datagram longer than the buffer",
	.source  = SC_SRC("man:recv(2)", "MSG_TRUNC (1): For raw, Internet datagram, netlink, and UNIX datagram (since Linux 3.4) sockets: return the real length of the packet or datagram"),
	.kinds   = SC_DGRAM,
	.key     = "returned",
};

SC_TEST(io_recv_trunc_real_length)
{
	char big[100], in[10];
	long n;

	memset(big, 'T', sizeof big);
	SC_EXPECT_RET(send(P->a, big, sizeof big, 0), sizeof big);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	n = SC_EXPECT_OK(recv(P->b, in, sizeof in, MSG_TRUNC));
	sc_observe_int("returned", n);
	SC_EXPECT_EQ(n, sizeof big);
}
