/* tcp(7): the min and max of tcp_rmem and tcp_wmem are not used to bound
 * the buffer sizes a socket declares with SO_RCVBUF / SO_SNDBUF.  In a
 * private namespace the vectors are set to min 16384 and max 65536; a
 * socket then asks for 1 byte (the kernel's own floor applies, below
 * 16384) or for 100000 bytes (net.core.*mem_max applies, the doubled
 * value lands above 65536). */
#include "sc.h"
#include "sysctl_text.h"

SC_CASE(tcp_buf_sockopt_unbounded) = {
	.claim   = "SO_RCVBUF and SO_SNDBUF may go below the min and above the max of tcp_rmem and tcp_wmem",
	.source  = SC_SRC("man:tcp(7)", "tcp_rmem/min: This is not used to bound the size of the receive buffer declared using SO_RCVBUF on a socket"),
	.kinds   = SC_TCP,
	.exclude = SC_RECIPE,   /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "buffer",
};

static const struct bound {
	SC_VARIANT_HEAD;
	int opt, ask, below;    /* below: expect under the min, else over the max */
	const char *file;
} bounds[] = {
	{ .name = "rmem_min", .opt = SO_RCVBUF, .ask = 1, .below = 1, .file = "net/ipv4/tcp_rmem",
	  .src = SC_SRC("man:tcp(7)", "tcp_rmem/min: This is not used to bound the size of the receive buffer declared using SO_RCVBUF on a socket") },
	{ .name = "rmem_max", .opt = SO_RCVBUF, .ask = 100000, .below = 0, .file = "net/ipv4/tcp_rmem",
	  .src = SC_SRC("man:tcp(7)", "tcp_rmem/max: This is not used to limit the size of the receive buffer declared using SO_RCVBUF on a socket") },
	{ .name = "wmem_min", .opt = SO_SNDBUF, .ask = 1, .below = 1, .file = "net/ipv4/tcp_wmem",
	  .src = SC_SRC("man:tcp(7)", "tcp_wmem/min: This is not used to bound the size of the send buffer declared using SO_SNDBUF on a socket") },
	{ .name = "wmem_max", .opt = SO_SNDBUF, .ask = 100000, .below = 0, .file = "net/ipv4/tcp_wmem",
	  .src = SC_SRC("man:tcp(7)", "tcp_wmem/max: This is not used to limit the size of the send buffer declared using SO_SNDBUF on a socket") },
};
SC_VARIANTS(bounds);

SC_TEST(tcp_buf_sockopt_unbounded)
{
	const struct bound *V = P->variant;
	long got;
	int fd;

	sc_private_netns();
	sc_sysctl_set(V->file, "16384 16384 65536");
	fd = sc_kind_socket(P->kind);
	SC_SETOPT(fd, SOL_SOCKET, V->opt, V->ask);
	got = sc_sockopt_int(fd, V->opt);
	sc_observe_int("buffer", got);
	if (V->below)
		SC_EXPECT_CMP(got, <, 16384);
	else
		SC_EXPECT_CMP(got, >, 65536);
}
