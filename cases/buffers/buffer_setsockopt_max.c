/* socket(7): the largest value setsockopt(SO_SNDBUF / SO_RCVBUF) can set
 * is net.core.wmem_max / rmem_max; a larger request is capped there and
 * then doubled like any other. */
#include "sc.h"
#include <limits.h>

SC_CASE(buffer_setsockopt_max) = {
	.claim   = "setsockopt(SO_SNDBUF/SO_RCVBUF) above wmem_max/rmem_max yields 2*wmem_max / 2*rmem_max",
	.source  = SC_SRC("man:socket(7)", "SO_SNDBUF: the maximum allowed value is set by the /proc/sys/net/core/wmem_max file (SO_RCVBUF: rmem_max)"),
	.kinds   = SC_ALL,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "max_sndbuf",
};

static void cap_of(struct sc_pair *P, int opt, const char *sysctl, const char *name)
{
	long max = sc_sysctl_or_unsupported(sysctl, 0);
	int fd = sc_kind_socket(P->kind);
	int big = max < INT_MAX / 4 ? (int)(4 * max) : INT_MAX;

	SC_EXPECT_OK(setsockopt(fd, SOL_SOCKET, opt, &big, sizeof big));
	long got = sc_sockopt_int(fd, opt);

	sc_observe_int(name, got);
	SC_EXPECT_EQ(got, 2 * max);
	sc_close(&fd);
}

SC_TEST(buffer_setsockopt_max)
{
	cap_of(P, SO_SNDBUF, "net/core/wmem_max", "max_sndbuf");
	cap_of(P, SO_RCVBUF, "net/core/rmem_max", "max_rcvbuf");
}
