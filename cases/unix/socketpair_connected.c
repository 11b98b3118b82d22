/* socketpair(2): the call makes an unnamed pair of connected sockets:
 * each end's name is unnamed (sizeof(sa_family_t)), each has the other
 * as its peer, and data goes both ways with no address. */
#include "sc.h"

SC_CASE(socketpair_connected) = {
	.claim  = "socketpair() returns two unnamed sockets connected to each other: each sends to the other without an address",
	.source = SC_SRC("man:socketpair(2)", "connected pair: creates an unnamed pair of connected sockets"),
	.kinds  = SC_SOCKETPAIR,
	.key    = "both_ways",
};

SC_TEST(socketpair_connected)
{
	int ends[2] = { P->a, P->b };

	for (int i = 0; i < 2; i++) {
		struct sockaddr_un un;
		socklen_t len = sizeof un;
		char b[4] = "";

		SC_EXPECT_OK(getsockname(ends[i], (struct sockaddr *)&un, &len));
		SC_EXPECT_EQ(len, sizeof(sa_family_t));
		len = sizeof un;
		SC_EXPECT_OK(getpeername(ends[i], (struct sockaddr *)&un, &len));
		SC_EXPECT_RET(send(ends[i], i ? "B" : "A", 1, MSG_DONTWAIT), 1);
		sc_wait_fd(ends[!i], POLLIN, SC_WAIT_MS, "the byte from the other end");
		SC_EXPECT_RET(recv(ends[!i], b, sizeof b, MSG_DONTWAIT), 1);
		SC_EXPECT(b[0] == (i ? 'B' : 'A'), "received '%c'", b[0]);
	}
	sc_observe_int("both_ways", 1);
}
