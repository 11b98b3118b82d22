/* tcp(7), /proc interfaces: tcp_window_scaling, tcp_sack and tcp_timestamps
 * switch a TCP option on or off for new connections.  Each variant sets
 * one of them in a private network namespace, connects over loopback and
 * reads what the connection negotiated (tcpi_options) at both ends. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_sysctl_option_negotiated) = {
	.claim   = "a new connection negotiates the TCP option exactly when its sysctl enables it",
	.source  = SC_SRC("man:tcp(7)", "tcp_window_scaling: If tcp_window_scaling is disabled, TCP will not negotiate the use of window scaling with the other end during connection setup"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "negotiated",
};

static const struct opt {
	SC_VARIANT_HEAD;
	const char *file;
	int value, bit, want;
} opts[] = {
	{ .name = "window_scaling0", .file = "net/ipv4/tcp_window_scaling", .value = 0,
	  .bit = TCPI_OPT_WSCALE, .want = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_window_scaling: If tcp_window_scaling is disabled, TCP will not negotiate the use of window scaling with the other end during connection setup") },
	{ .name = "window_scaling1", .file = "net/ipv4/tcp_window_scaling", .value = 1,
	  .bit = TCPI_OPT_WSCALE, .want = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_window_scaling: Enable RFC 1323 TCP window scaling ... should the other end support it") },
	{ .name = "sack0", .file = "net/ipv4/tcp_sack", .value = 0, .bit = TCPI_OPT_SACK, .want = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_sack: Enable RFC 2018 TCP Selective Acknowledgements") },
	{ .name = "sack1", .file = "net/ipv4/tcp_sack", .value = 1, .bit = TCPI_OPT_SACK, .want = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_sack: Enable RFC 2018 TCP Selective Acknowledgements") },
	{ .name = "timestamps0", .file = "net/ipv4/tcp_timestamps", .value = 0,
	  .bit = TCPI_OPT_TIMESTAMPS, .want = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_timestamps/0: Disable timestamps") },
	{ .name = "timestamps1", .file = "net/ipv4/tcp_timestamps", .value = 1,
	  .bit = TCPI_OPT_TIMESTAMPS, .want = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_timestamps: Set to one of the following values to enable or disable RFC 1323 TCP timestamps") },
};
SC_VARIANTS(opts);

SC_TEST(tcp_sysctl_option_negotiated)
{
	const struct opt *V = P->variant;
	struct sc_tcpinfo ta, tb;

	sc_private_netns();
	sc_sysctl_set_int(V->file, V->value);
	sc_make_pair(P);
	ta = sc_tcpinfo(P->a);
	tb = sc_tcpinfo(P->b);
	sc_observe_int("options_client", ta.options);
	sc_observe_int("options_server", tb.options);
	sc_observe_int("negotiated", !!(ta.options & V->bit));
	SC_EXPECT_EQ(!!(ta.options & V->bit), V->want);
	SC_EXPECT_EQ(!!(tb.options & V->bit), V->want);
}
