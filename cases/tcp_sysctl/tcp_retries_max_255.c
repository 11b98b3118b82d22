/* tcp(7): tcp_syn_retries and tcp_synack_retries "should not be higher
 * than 255": the page puts their upper limit at 255.  Each variant writes
 * 255 in a private network namespace and reads back what the kernel took. */
#include "sc.h"
#include "sysctl_text.h"

SC_CASE(tcp_retries_max_255) = {
	.claim   = "the SYN and SYN/ACK retry counts accept values up to 255",
	.source  = SC_SRC("man:tcp(7)", "tcp_syn_retries: This value should not be higher than 255"),
	.only    = "inet_stream",   /* a property of the sysctl, not of a kind */
	.fixture = SC_FIX_NONE,
	.key     = "write_255",
};

static const struct knob {
	SC_VARIANT_HEAD;
	const char *file;
} knobs[] = {
	{ .name = "syn_retries", .file = "net/ipv4/tcp_syn_retries",
	  .src = SC_SRC("man:tcp(7)", "tcp_syn_retries: This value should not be higher than 255") },
	{ .name = "synack_retries", .file = "net/ipv4/tcp_synack_retries",
	  .src = SC_SRC("man:tcp(7)", "tcp_synack_retries: This number should not be higher than 255") },
};
SC_VARIANTS(knobs);

SC_TEST(tcp_retries_max_255)
{
	const struct knob *V = P->variant;
	int r;

	sc_private_netns();
	if (!sc_sysctl_exists(V->file))
		sc_unsupported("/proc/sys/%s does not exist", V->file);
	r = sc_sysctl_try(V->file, "255");
	sc_observe_str("write_255", r ? sc_errname(-r) : "accepted");
	SC_EXPECT(r == 0, "writing 255 to /proc/sys/%s failed: %s", V->file, sc_errname(-r));
	SC_EXPECT_EQ(sc_sysctl(V->file, 0), 255);
}
