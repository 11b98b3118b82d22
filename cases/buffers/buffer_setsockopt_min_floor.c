/* What holds on Linux instead of socket(7)'s 2048 / 256: a request below
 * the minimum is not refused; the buffer is raised to a fixed floor (the
 * same for 0 and 1) that is at least the documented minimum. */
#include "sc.h"

SC_CASE(buffer_setsockopt_min_floor) = {
	.claim   = "setsockopt(SO_SNDBUF/SO_RCVBUF) below the minimum succeeds and sets a fixed floor of at least 2048 / 256",
	.source  = SC_SRC("man:socket(7)", "SO_SNDBUF: The minimum (doubled) value for this option is 2048 (SO_RCVBUF: 256)"),
	.kinds   = SC_ALL,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "min_sndbuf",
};

static void floor_of(struct sc_pair *P, int opt, const char *name, long documented)
{
	int zero = 0, one = 1, fd = sc_kind_socket(P->kind);
	long at0, at1;

	SC_EXPECT_OK(setsockopt(fd, SOL_SOCKET, opt, &zero, sizeof zero));
	at0 = sc_sockopt_int(fd, opt);
	SC_EXPECT_OK(setsockopt(fd, SOL_SOCKET, opt, &one, sizeof one));
	at1 = sc_sockopt_int(fd, opt);
	sc_observe_int(name, at1);
	SC_EXPECT_EQ(at0, at1);
	SC_EXPECT_CMP(at1, >=, documented);
	sc_close(&fd);
}

SC_TEST(buffer_setsockopt_min_floor)
{
	floor_of(P, SO_SNDBUF, "min_sndbuf", 2048);
	floor_of(P, SO_RCVBUF, "min_rcvbuf", 256);
}
