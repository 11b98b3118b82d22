/* tcp(7), /proc interfaces: each file's documented default.  A namespaced
 * sysctl is read in a fresh network namespace, where the kernel starts it
 * at its built-in default whatever the host was tuned to; a global one
 * (tcp_low_latency) in the namespace the item runs in.  A file the kernel
 * no longer has deviates: the page still documents it. */
#include "sc.h"
#include "sysctl_text.h"

SC_CASE(tcp_sysctl_default) = {
	.claim   = "the /proc/sys/net/ipv4 file exists and reads the default tcp(7) documents",
	.source  = SC_SRC("man:tcp(7)", "tcp_syn_retries: (integer; default: 6; since Linux 2.2)"),
	/* A property of the machine, not of a socket kind: one kind runs it. */
	.only    = "inet_stream",
	.fixture = SC_FIX_NONE,
	.key     = "value",
};

enum where { NETNS, GLOBAL };

static const struct row {
	SC_VARIANT_HEAD;
	const char *file;     /* under /proc/sys */
	int idx;              /* field of a vector */
	long want;            /* the documented default; -1: the page size */
	enum where where;
} rows[] = {
#define ROW(n, entry, quote, f, i, w, wh) \
	{ .name = n, .src = SC_SRC("man:tcp(7)", entry ": " quote), .file = "net/ipv4/" f, .idx = i, .want = w, .where = wh }
#define DEF(f, quote, w) ROW(#f, #f, quote, #f, 0, w, NETNS)
	DEF(tcp_abc, "(Integer; default: 0; Linux 2.6.15 to Linux 3.8)", 0),
	DEF(tcp_abort_on_overflow, "(Boolean; default: disabled; since Linux 2.4)", 0),
	DEF(tcp_adv_win_scale, "(integer; default: 2; since Linux 2.4)", 2),
	DEF(tcp_autocorking, "(Boolean; default: enabled; since Linux 3.14)", 1),
	DEF(tcp_app_win, "(integer; default: 31; since Linux 2.4)", 31),
	DEF(tcp_base_mss, "(Integer; default: 512; since Linux 2.6.17)", 512),
	DEF(tcp_bic, "(Boolean; default: disabled; Linux 2.4.27/2.6.6 to Linux 2.6.13)", 0),
	DEF(tcp_bic_low_window, "(integer; default: 14; Linux 2.4.27/2.6.6 to Linux 2.6.13)", 14),
	DEF(tcp_bic_fast_convergence, "(Boolean; default: enabled; Linux 2.4.27/2.6.6 to Linux 2.6.13)", 1),
	DEF(tcp_dma_copybreak, "(integer; default: 4096; since Linux 2.6.24)", 4096),
	DEF(tcp_dsack, "(Boolean; default: enabled; since Linux 2.4)", 1),
	DEF(tcp_fastopen, "(Bitmask; default: 0x1; since Linux 3.7)", 1),
	ROW("tcp_ecn", "tcp_ecn/2", "This value is supported, and is the default, since Linux 2.6.31", "tcp_ecn", 0, 2, NETNS),
	DEF(tcp_ecn_fallback, "(Boolean; default: enabled; since Linux 4.1)", 1),
	DEF(tcp_fack, "(Boolean; default: enabled; since Linux 2.2)", 1),
	DEF(tcp_fin_timeout, "(integer; default: 60; since Linux 2.2)", 60),
	ROW("tcp_frto", "tcp_frto/2", "This value is the default since Linux 2.6.24", "tcp_frto", 0, 2, NETNS),
	DEF(tcp_frto_response, "(integer; default: 0; since Linux 2.6.22)", 0),
	DEF(tcp_keepalive_intvl, "(integer; default: 75; since Linux 2.4)", 75),
	DEF(tcp_keepalive_probes, "(integer; default: 9; since Linux 2.2)", 9),
	DEF(tcp_keepalive_time, "(integer; default: 7200; since Linux 2.2)", 7200),
	ROW("tcp_low_latency", "tcp_low_latency", "(Boolean; default: disabled; since Linux 2.4.21/2.6; obsolete since Linux 4.14)", "tcp_low_latency", 0, 0, GLOBAL),
	DEF(tcp_moderate_rcvbuf, "(Boolean; default: enabled; since Linux 2.4.17/2.6.7)", 1),
	DEF(tcp_mtu_probing, "(integer; default: 0; since Linux 2.6.17)", 0),
	DEF(tcp_no_metrics_save, "(Boolean; default: disabled; since Linux 2.6.6)", 0),
	DEF(tcp_orphan_retries, "(integer; default: 8; since Linux 2.4)", 8),
	DEF(tcp_reordering, "(integer; default: 3; since Linux 2.4)", 3),
	DEF(tcp_retrans_collapse, "(Boolean; default: enabled; since Linux 2.2)", 1),
	DEF(tcp_retries1, "(integer; default: 3; since Linux 2.2)", 3),
	DEF(tcp_retries2, "(integer; default: 15; since Linux 2.2)", 15),
	DEF(tcp_rfc1337, "(Boolean; default: disabled; since Linux 2.2)", 0),
	ROW("tcp_rmem_min", "tcp_rmem/min", "The default value is the system page size", "tcp_rmem", 0, -1, NETNS),
	ROW("tcp_rmem_default", "tcp_rmem/default", "The default value is 87380 bytes", "tcp_rmem", 1, 87380, NETNS),
	DEF(tcp_sack, "(Boolean; default: enabled; since Linux 2.2)", 1),
	DEF(tcp_slow_start_after_idle, "(Boolean; default: enabled; since Linux 2.6.18)", 1),
	DEF(tcp_stdurg, "(Boolean; default: disabled; since Linux 2.2)", 0),
	DEF(tcp_syn_retries, "(integer; default: 6; since Linux 2.2)", 6),
	DEF(tcp_synack_retries, "(integer; default: 5; since Linux 2.2)", 5),
	DEF(tcp_syncookies, "(integer; default: 1; since Linux 2.2)", 1),
	DEF(tcp_timestamps, "(integer; default: 1; since Linux 2.2)", 1),
	DEF(tcp_tso_win_divisor, "(integer; default: 3; since Linux 2.6.9)", 3),
	DEF(tcp_tw_recycle, "(Boolean; default: disabled; Linux 2.4 to Linux 4.11)", 0),
	DEF(tcp_tw_reuse, "(Boolean; default: disabled; since Linux 2.4.19/2.6)", 0),
	DEF(tcp_vegas_cong_avoid, "(Boolean; default: disabled; Linux 2.2 to Linux 2.6.13)", 0),
	DEF(tcp_westwood, "(Boolean; default: disabled; Linux 2.4.26/2.6.3 to Linux 2.6.13)", 0),
	DEF(tcp_window_scaling, "(Boolean; default: enabled; since Linux 2.2)", 1),
	ROW("tcp_wmem_min", "tcp_wmem/min", "The default value is the system page size", "tcp_wmem", 0, -1, NETNS),
	ROW("tcp_wmem_default", "tcp_wmem/default", "The default value is 16 kB", "tcp_wmem", 1, 16384, NETNS),
	DEF(tcp_workaround_signed_windows, "(Boolean; default: disabled; since Linux 2.6.26)", 0),
#undef DEF
#undef ROW
};
SC_VARIANTS(rows);

SC_TEST(tcp_sysctl_default)
{
	const struct row *V = P->variant;
	long want = V->want < 0 ? sysconf(_SC_PAGESIZE) : V->want, v;
	int present;

	if (V->where == NETNS)
		sc_private_netns();
	/* Global files show in the initial network namespace only: tcp_mem,
	 * global on every kernel, tells whether this is it. */
	else if (!sc_sysctl_exists("net/ipv4/tcp_mem"))
		sc_unsupported("/proc/sys/%s is global: not visible in this network namespace", V->file);
	present = sc_sysctl_exists(V->file);
	sc_observe_int("present", present);
	SC_EXPECT(present, "/proc/sys/%s does not exist", V->file);
	v = sc_sysctl(V->file, V->idx);
	sc_observe_int("value", v);
	sc_observe_int("documented", want);
	SC_EXPECT_EQ(v, want);
}
