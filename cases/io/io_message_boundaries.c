/* Datagram and seqpacket sockets keep message boundaries: each read
 * returns exactly one message, whatever the buffer size. */
#include "sc.h"
#include <poll.h>
#include <stdio.h>

SC_CASE(io_message_boundaries) = {
	.claim   = "datagram and seqpacket sockets keep message boundaries: each recv() returns one whole message",
	.source  = SC_SRC("posix", "recv(): For message-based sockets, such as SOCK_DGRAM and SOCK_SEQPACKET, the entire message shall be read in a single operation"),
	.kinds   = SC_MESSAGE,
	.key     = "sizes",
};

SC_TEST(io_message_boundaries)
{
	static const int sizes[3] = { 10, 20, 30 };
	char out[30], in[128], seen[64] = "";

	for (int i = 0; i < 3; i++) {
		memset(out, '1' + i, sizeof out);
		SC_EXPECT_RET(send(P->a, out, sizes[i], 0), sizes[i]);
	}
	for (int i = 0; i < 3; i++) {
		long n;

		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "a message to read");
		n = SC_EXPECT_OK(recv(P->b, in, sizeof in, 0));
		snprintf(seen + strlen(seen), sizeof seen - strlen(seen), "%s%ld", i ? "," : "", n);
		SC_EXPECT_EQ(n, sizes[i]);
		SC_EXPECT(in[0] == '1' + i && in[n - 1] == '1' + i, "message %d has other bytes", i);
	}
	sc_observe_str("sizes", seen);
}
