/* udp(7): udp_rmem_min, the receive buffer each UDP socket may use even
 * when UDP as a whole is over udp_mem pressure, defaults to PAGE_SIZE.
 * The floor itself only acts once all UDP sockets of the machine exceed
 * udp_mem, a global limit no item may lower.  The sysctl belongs to the
 * network namespace: its default is read in a fresh private one. */
#include "sc.h"

SC_CASE(udp_rmem_min_default) = {
	.claim   = "net.ipv4.udp_rmem_min defaults to PAGE_SIZE",
	.source  = SC_SRC("man:udp(7)", "udp_rmem_min: (integer; default value: PAGE_SIZE; since Linux 2.6.25) Minimal size, in bytes, of receive buffers used by UDP sockets in moderation"),
	.kinds   = SC_UDP,
	.require = SC_PLAIN | SC_INET, /* one item: the sysctl is the namespace's */
	.fixture = SC_FIX_NONE,
	.key     = "udp_rmem_min",
};

SC_TEST(udp_rmem_min_default)
{
	long v;

	sc_private_netns();
	v = sc_sysctl_or_unsupported("net/ipv4/udp_rmem_min", 0);
	sc_observe_int("udp_rmem_min", v);
	sc_observe_int("page_size", sysconf(_SC_PAGESIZE));
	SC_EXPECT_EQ(v, sysconf(_SC_PAGESIZE));
}
