/* socket(7) SO_SNDLOWAT: not changeable on Linux: setsockopt(2) fails
 * with ENOPROTOOPT, and the value stays 1. */
#include "sc.h"

SC_CASE(sockopt_sndlowat_fixed) = {
	.claim  = "setsockopt(SO_SNDLOWAT) fails with ENOPROTOOPT",
	.source = SC_SRC("man:socket(7)", "SO_SNDLOWAT: SO_SNDLOWAT is not changeable on Linux (setsockopt(2) fails with the error ENOPROTOOPT)"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key    = "errno",
};

SC_TEST(sockopt_sndlowat_fixed)
{
	int fd = sc_kind_socket(P->kind), v = 4096;
	struct sc_res r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_SNDLOWAT, &v, sizeof v));

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "set");
	SC_EXPECT_ERRNO_RES("setsockopt(SO_SNDLOWAT, 4096)", r, ENOPROTOOPT);
	SC_EXPECT_EQ(sc_sockopt_int(fd, SO_SNDLOWAT), 1);
}
