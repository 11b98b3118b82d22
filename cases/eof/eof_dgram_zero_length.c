/* A zero-length datagram is a datagram: recv() returns 0 for it, and that 0
 * is not end of file; the next datagram still arrives and the socket keeps
 * working in both directions. */
#include "sc.h"
#include <poll.h>

SC_CASE(eof_dgram_zero_length) = {
	.claim  = "a zero-length datagram reads as 0 and is not end of file: later datagrams still arrive",
	.source = SC_SRC("man:recv(2)", "zero-length datagram: datagram sockets permit zero-length datagrams; when such a datagram is received, the return value is 0"),
	.kinds  = SC_DGRAM,
	.key    = "after_empty",
};

SC_TEST(eof_dgram_zero_length)
{
	char buf[16];
	long n;

	SC_EXPECT_RET(send(P->a, "", 0, 0), 0);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the empty datagram");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, 0), 0);
	SC_EXPECT_RET(send(P->a, "next", 4, 0), 4);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram after the empty one");
	n = SC_EXPECT_RET(recv(P->b, buf, sizeof buf, 0), 4);
	sc_observe_int("after_empty", n);
	SC_EXPECT_RET(send(P->b, "back", 4, 0), 4);
	sc_wait_fd(P->a, POLLIN, SC_WAIT_MS, "a datagram the other way");
	SC_EXPECT_RET(recv(P->a, buf, sizeof buf, 0), 4);
}
