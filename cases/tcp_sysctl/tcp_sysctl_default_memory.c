/* tcp(7): the defaults tcp(7) derives from the machine's memory.
 * tcp_max_syn_backlog is 256, raised to 1024 with 128 MB or more and cut to
 * 128 at 32 MB or less; tcp_max_tw_buckets defaults to NR_FILE*2 and
 * tcp_max_orphans to NR_FILE, both adjusted to memory alike, so the first
 * is twice the second; the max of tcp_rmem and tcp_wmem is
 * max(87380 / 65536, min(4 MB, tcp_mem[1]*PAGE_SIZE/128)).  The global
 * files (tcp_mem, tcp_max_orphans) are read in the item's namespace, the
 * namespaced ones in a fresh namespace where they start at their defaults. */
#include "sc.h"
#include "sysctl_text.h"
#include <stdio.h>

SC_CASE(tcp_sysctl_default_memory) = {
	.claim   = "the memory-dependent defaults follow the page's rules",
	.source  = SC_SRC("man:tcp(7)", "tcp_max_syn_backlog: The default value of 256 is increased to 1024 when the memory present in the system is adequate or greater (>= 128 MB), and reduced to 128 for those systems with very low memory (<= 32 MB)"),
	.only    = "inet_stream",   /* a property of the machine, not of a kind */
	.fixture = SC_FIX_NONE,
	.key     = "value",
};

enum rule { SYN_BACKLOG, TW_BUCKETS, RMEM_MAX, WMEM_MAX };

static const struct row {
	SC_VARIANT_HEAD;
	enum rule rule;
} rows[] = {
	{ .name = "tcp_max_syn_backlog", .rule = SYN_BACKLOG,
	  .src = SC_SRC("man:tcp(7)", "tcp_max_syn_backlog: The default value of 256 is increased to 1024 when the memory present in the system is adequate or greater (>= 128 MB), and reduced to 128 for those systems with very low memory (<= 32 MB)") },
	{ .name = "tcp_max_tw_buckets", .rule = TW_BUCKETS,
	  .src = SC_SRC("man:tcp(7)", "tcp_max_tw_buckets: The default value of NR_FILE*2 is adjusted depending on the memory in the system") },
	{ .name = "tcp_rmem_max", .rule = RMEM_MAX,
	  .src = SC_SRC("man:tcp(7)", "tcp_rmem/max: The default value is calculated using the formula max(87380, min(4 MB, tcp_mem[1]*PAGE_SIZE/128))") },
	{ .name = "tcp_wmem_max", .rule = WMEM_MAX,
	  .src = SC_SRC("man:tcp(7)", "tcp_wmem/max: The default value is calculated using the formula max(65536, min(4 MB, tcp_mem[1]*PAGE_SIZE/128))") },
};
SC_VARIANTS(rows);

static long mem_total_kb(void)
{
	long kb = sc_proc_long("/proc/meminfo", "MemTotal: %ld kB");

	if (kb < 0)
		sc_unsupported("/proc/meminfo gives no MemTotal");
	return kb;
}

static long global(const char *path, int idx)
{
	long v = sc_sysctl(path, idx);

	if (v < 0)
		sc_unsupported("/proc/sys/%s is not visible here (a global sysctl, shown in the initial network namespace only)", path);
	sc_observe_int(strrchr(path, '/') + 1, v);
	return v;
}

static long formula(long floor)
{
	long pages = global("net/ipv4/tcp_mem", 1), page = sysconf(_SC_PAGESIZE);
	long share = (long)((double)pages * page / 128);

	if (share > 4L << 20)
		share = 4L << 20;
	return share > floor ? share : floor;
}

SC_TEST(tcp_sysctl_default_memory)
{
	const struct row *V = P->variant;
	long want = 0, v = -1, kb;

	switch (V->rule) {
	case SYN_BACKLOG:
		kb = mem_total_kb();
		sc_observe_int("mem_total_kb", kb);
		want = kb >= 128 * 1024 ? 1024 : kb <= 32 * 1024 ? 128 : 256;
		sc_private_netns();
		v = sc_sysctl("net/ipv4/tcp_max_syn_backlog", 0);
		break;
	case TW_BUCKETS:
		want = 2 * global("net/ipv4/tcp_max_orphans", 0);
		sc_private_netns();
		v = sc_sysctl("net/ipv4/tcp_max_tw_buckets", 0);
		break;
	case RMEM_MAX:
		want = formula(87380);
		sc_private_netns();
		v = sc_sysctl("net/ipv4/tcp_rmem", 2);
		break;
	case WMEM_MAX:
		want = formula(65536);
		sc_private_netns();
		v = sc_sysctl("net/ipv4/tcp_wmem", 2);
		break;
	}
	sc_observe_int("value", v);
	sc_observe_int("documented", want);
	SC_EXPECT_EQ(v, want);
}
