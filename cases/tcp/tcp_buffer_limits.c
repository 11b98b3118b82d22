/* tcp(7): the socket buffer sizes set with SO_SNDBUF and SO_RCVBUF are
 * limited by net.core.wmem_max and rmem_max: a request four times the
 * limit yields the limit (doubled, as every request is). */
#include "sc.h"
#include <limits.h>

SC_CASE(tcp_buffer_limits) = {
	.claim   = "SO_SNDBUF/SO_RCVBUF requests above wmem_max/rmem_max are held to the limit (read back doubled)",
	.source  = SC_SRC("man:tcp(7)", "buffer limits: are limited by the values in the /proc/sys/net/core/rmem_max and /proc/sys/net/core/wmem_max files"),
	.kinds   = SC_TCP,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "rcvbuf",
};

SC_TEST(tcp_buffer_limits)
{
	long rmax = sc_sysctl_or_unsupported("net/core/rmem_max", 0);
	long wmax = sc_sysctl_or_unsupported("net/core/wmem_max", 0);
	int fd = sc_kind_socket(P->kind);
	int r = rmax < INT_MAX / 4 ? (int)(4 * rmax) : INT_MAX;
	int w = wmax < INT_MAX / 4 ? (int)(4 * wmax) : INT_MAX;

	SC_EXPECT_OK(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &r, sizeof r));
	SC_EXPECT_OK(setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &w, sizeof w));
	sc_observe_int("rcvbuf", sc_sockopt_int(fd, SO_RCVBUF));
	sc_observe_int("sndbuf", sc_sockopt_int(fd, SO_SNDBUF));
	SC_EXPECT_EQ(sc_sockopt_int(fd, SO_RCVBUF), 2 * rmax);
	SC_EXPECT_EQ(sc_sockopt_int(fd, SO_SNDBUF), 2 * wmax);
}
