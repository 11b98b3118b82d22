/* udp(7): udp_wmem_min, the send buffer each UDP socket may use even when
 * UDP as a whole is over udp_mem pressure, defaults to PAGE_SIZE.  The
 * sysctl belongs to the network namespace: its default is read in a fresh
 * private one.  The floor itself has nothing to act on: UDP charges no
 * send memory to udp_mem (ip-sysctl.rst: "UDP does not have tx memory
 * accounting"); the item records that data held in a corked socket's send
 * queue is charged to neither the socket's forward allocation nor its
 * queued-for-send memory. */
#include "sc.h"
#include <linux/sock_diag.h>
#include <netinet/udp.h>

SC_CASE(udp_wmem_min_default) = {
	.claim   = "net.ipv4.udp_wmem_min defaults to PAGE_SIZE",
	.source  = SC_SRC("man:udp(7)", "udp_wmem_min: (integer; default value: PAGE_SIZE; since Linux 2.6.25) Minimal size, in bytes, of send buffer used by UDP sockets in moderation"),
	.kinds   = SC_UDP,
	.require = SC_PLAIN | SC_INET, /* one item: the sysctl is the namespace's */
	.fixture = SC_FIX_NONE,
	.key     = "udp_wmem_min",
};

SC_TEST(udp_wmem_min_default)
{
	uint32_t mem[SK_MEMINFO_VARS];
	socklen_t len = sizeof mem;
	struct sockaddr_storage ss;
	socklen_t sl;
	long v;
	int fd;

	sc_private_netns();
	v = sc_sysctl_or_unsupported("net/ipv4/udp_wmem_min", 0);
	sc_observe_int("udp_wmem_min", v);
	sc_observe_int("page_size", sysconf(_SC_PAGESIZE));
	fd = sc_bound_socket(P, &ss, &sl);
	SC_REQUIRE_OK(connect(fd, (struct sockaddr *)&ss, sl));
	SC_SETOPT(fd, IPPROTO_UDP, UDP_CORK, 1);
	SC_REQUIRE(send(fd, "corked", 6, 0) == 6, "send under UDP_CORK failed");
	if (getsockopt(fd, SOL_SOCKET, SO_MEMINFO, mem, &len) == 0) {
		sc_observe_int("corked_wmem_alloc", mem[SK_MEMINFO_WMEM_ALLOC]);
		sc_observe_int("corked_charged", (long)mem[SK_MEMINFO_FWD_ALLOC] + mem[SK_MEMINFO_WMEM_QUEUED]);
	}
	SC_EXPECT_EQ(v, sysconf(_SC_PAGESIZE));
}
