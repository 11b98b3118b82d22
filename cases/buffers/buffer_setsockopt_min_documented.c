/* socket(7): "The minimum (doubled) value for this option is 2048"
 * (SO_SNDBUF) and "... is 256" (SO_RCVBUF): asking for less gives these. */
#include "sc.h"

SC_CASE(buffer_setsockopt_min_documented) = {
	.claim   = "setsockopt(SO_SNDBUF, 1) yields the minimum 2048 and setsockopt(SO_RCVBUF, 1) the minimum 256",
	.source  = SC_SRC("man:socket(7)", "SO_SNDBUF: The minimum (doubled) value for this option is 2048; SO_RCVBUF: ... is 256"),
	.kinds   = SC_ALL,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "min_sndbuf",
};

SC_TEST(buffer_setsockopt_min_documented)
{
	int one = 1, fd = sc_kind_socket(P->kind);

	SC_EXPECT_OK(setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &one, sizeof one));
	SC_EXPECT_OK(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &one, sizeof one));
	long snd = sc_sockopt_int(fd, SO_SNDBUF), rcv = sc_sockopt_int(fd, SO_RCVBUF);

	sc_observe_int("min_sndbuf", snd);
	sc_observe_int("min_rcvbuf", rcv);
	SC_EXPECT_EQ(snd, 2048);
	SC_EXPECT_EQ(rcv, 256);
}
