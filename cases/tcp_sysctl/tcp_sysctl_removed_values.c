/* tcp(7) documents values of tcp_abc and tcp_frto_response, each with its
 * own behaviour.  Before any behaviour can be seen the value must be
 * settable: each variant writes its value in a private network namespace.
 * A kernel without the file cannot take it: the page is stale there. */
#include "sc.h"
#include "sysctl_text.h"
#include <stdlib.h>

SC_CASE(tcp_sysctl_removed_values) = {
	.claim   = "the sysctl exists and takes the value the page documents",
	.source  = SC_SRC("man:tcp(7)", "tcp_abc: Control the Appropriate Byte Count (ABC), defined in RFC 3465"),
	.only    = "inet_stream",   /* a property of the sysctl, not of a kind */
	.fixture = SC_FIX_NONE,
	.key     = "write",
};

static const struct row {
	SC_VARIANT_HEAD;
	const char *file, *value;
} rows[] = {
	{ .name = "abc0", .file = "net/ipv4/tcp_abc", .value = "0",
	  .src = SC_SRC("man:tcp(7)", "tcp_abc/0: increase cwnd once per acknowledgement (no ABC)") },
	{ .name = "abc1", .file = "net/ipv4/tcp_abc", .value = "1",
	  .src = SC_SRC("man:tcp(7)", "tcp_abc/1: increase cwnd once per acknowledgement of full sized segment") },
	{ .name = "abc2", .file = "net/ipv4/tcp_abc", .value = "2",
	  .src = SC_SRC("man:tcp(7)", "tcp_abc/2: allow increase cwnd by two if acknowledgement is of two segments to compensate for delayed acknowledgements") },
	{ .name = "frto_response0", .file = "net/ipv4/tcp_frto_response", .value = "0",
	  .src = SC_SRC("man:tcp(7)", "tcp_frto_response/0: Rate halving based; a smooth and conservative response") },
	{ .name = "frto_response1", .file = "net/ipv4/tcp_frto_response", .value = "1",
	  .src = SC_SRC("man:tcp(7)", "tcp_frto_response/1: Very conservative response; not recommended") },
	{ .name = "frto_response2", .file = "net/ipv4/tcp_frto_response", .value = "2",
	  .src = SC_SRC("man:tcp(7)", "tcp_frto_response/2: Aggressive response; undoes congestion-control measures that are now known to be unnecessary") },
};
SC_VARIANTS(rows);

SC_TEST(tcp_sysctl_removed_values)
{
	const struct row *V = P->variant;
	int r;

	sc_private_netns();
	r = sc_sysctl_try(V->file, V->value);
	sc_observe_str("write", r == 0 ? "accepted" : r == -ENOENT ? "no such file" : sc_errname(-r));
	SC_EXPECT(r != -ENOENT, "/proc/sys/%s does not exist", V->file);
	SC_EXPECT(r == 0, "writing %s to /proc/sys/%s failed: %s", V->value, V->file, sc_errname(-r));
	SC_EXPECT_EQ(sc_sysctl(V->file, 0), atol(V->value));
}
