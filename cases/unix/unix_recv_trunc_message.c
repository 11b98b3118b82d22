/* unix(7) Sockets API: since Linux 3.4 recv(2) takes MSG_TRUNC on UNIX
 * domain sockets: on a datagram or seqpacket socket it returns the real
 * length of a message longer than the buffer (recv(2)). */
#include "sc.h"

SC_CASE(unix_recv_trunc_message) = {
	.claim   = "recv(MSG_TRUNC) on an AF_UNIX datagram or seqpacket socket returns the real length of a longer message",
	.source  = SC_SRC("man:unix(7)", "MSG_TRUNC since Linux 3.4: Before Linux 3.4, the use of MSG_TRUNC in the flags argument of recv(2) was not supported by UNIX domain sockets."),
	.kinds   = SC_MESSAGE,
	.require = SC_UNIX,
	.key     = "returned",
};

SC_TEST(unix_recv_trunc_message)
{
	char big[40], b[4];
	long n;

	memset(big, 'T', sizeof big);
	SC_EXPECT_RET(send(P->a, big, sizeof big, 0), sizeof big);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message");
	n = SC_EXPECT_OK(recv(P->b, b, sizeof b, MSG_TRUNC | MSG_DONTWAIT));
	sc_observe_int("returned", n);
	SC_EXPECT_EQ(n, sizeof big);
	SC_EXPECT_EQ(sc_poll(P->b, POLLIN, 0), 0);
}
