/* tcp(7): TCP adjusts a socket's receive and send buffers from the default
 * of tcp_rmem / tcp_wmem within its range, and the max is the most any TCP
 * socket's buffer grows to.  With the vectors set to 4096 16384 262144 in a
 * private namespace, a bulk transfer of 8 MB grows the receiver's
 * SO_RCVBUF and the sender's SO_SNDBUF above 16384 but not beyond 262144. */
#include "sc.h"
#include "bulk.h"
#include "sysctl_text.h"

SC_CASE(tcp_buf_autotune_range) = {
	.claim   = "TCP grows a socket's buffer from the default up to, never beyond, the max of tcp_rmem / tcp_wmem",
	.source  = SC_SRC("man:tcp(7)", "tcp_rmem/max: the maximum size of the receive buffer used by each TCP socket"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "buffer_after",
};

static const struct side {
	SC_VARIANT_HEAD;
	const char *file;
	int opt, receiver;
} sides[] = {
	{ .name = "receive", .file = "net/ipv4/tcp_rmem", .opt = SO_RCVBUF, .receiver = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_rmem/max: the maximum size of the receive buffer used by each TCP socket") },
	{ .name = "send", .file = "net/ipv4/tcp_wmem", .opt = SO_SNDBUF, .receiver = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_wmem/max: The maximum size of the send buffer used by each TCP socket") },
};
SC_VARIANTS(sides);

SC_TEST(tcp_buf_autotune_range)
{
	const struct side *V = P->variant;
	long before, after;
	int fd;

	sc_private_netns();
	sc_sysctl_set(V->file, "4096 16384 262144");
	sc_make_pair(P);
	fd = V->receiver ? P->b : P->a;
	before = sc_sockopt_int(fd, V->opt);
	sc_bulk(P->a, P->b, 8 << 20);
	after = sc_sockopt_int(fd, V->opt);
	sc_observe_int("buffer_before", before);
	sc_observe_int("buffer_after", after);
	SC_EXPECT_CMP(after, >, 16384);
	SC_EXPECT_CMP(after, <=, 262144);
}
