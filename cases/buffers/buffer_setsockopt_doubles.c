/* socket(7): the kernel doubles the value given to setsockopt(SO_SNDBUF)
 * or setsockopt(SO_RCVBUF), and getsockopt returns the doubled value. */
#include "sc.h"

SC_CASE(buffer_setsockopt_doubles) = {
	.claim   = "after setsockopt(SO_SNDBUF or SO_RCVBUF, v) getsockopt returns 2*v",
	.source  = SC_SRC("man:socket(7)", "SO_SNDBUF: The kernel doubles this value (SO_RCVBUF too) ... and this doubled value is returned by getsockopt(2)"),
	.kinds   = SC_ALL,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "sndbuf_after_set",
};

SC_TEST(buffer_setsockopt_doubles)
{
	long wmax = sc_sysctl_or_unsupported("net/core/wmem_max", 0);
	long rmax = sc_sysctl_or_unsupported("net/core/rmem_max", 0);
	/* Well inside [minimum, max]: only the doubling applies. */
	int v = 24576;
	int fd = sc_kind_socket(P->kind);

	SC_REQUIRE(wmax >= v && rmax >= v, "wmem_max %ld / rmem_max %ld below %d", wmax, rmax, v);
	SC_EXPECT_OK(setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &v, sizeof v));
	SC_EXPECT_OK(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, sizeof v));
	long snd = sc_sockopt_int(fd, SO_SNDBUF), rcv = sc_sockopt_int(fd, SO_RCVBUF);

	sc_observe_int("sndbuf_after_set", snd);
	sc_observe_int("rcvbuf_after_set", rcv);
	SC_EXPECT_EQ(snd, 2L * v);
	SC_EXPECT_EQ(rcv, 2L * v);
}
