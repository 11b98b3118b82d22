/* ip(7): with IP_PMTUDISC_DO the kernel rejects with EMSGSIZE a datagram
 * bigger than the known path MTU (lo's 1400 in the item's namespace): it
 * cannot be fragmented.  One that fits is sent. */
#include "sc.h"
#include "links.h"
#include "ip4.h"

SC_CASE(ip_pmtudisc_do_emsgsize) = {
	.claim   = "with IP_PMTUDISC_DO, send() of a datagram over the path MTU fails with EMSGSIZE",
	.source  = SC_SRC("man:ip(7)", "IP_MTU_DISCOVER: The kernel will reject (with EMSGSIZE) datagrams that are bigger than the known path MTU."),
	.also    = { SC_SRC("man:ip(7)", "EMSGSIZE: Datagram is bigger than an MTU on the path and it cannot be fragmented.") },
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.require = SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(ip_pmtudisc_do_emsgsize)
{
	static char big[1401];

	sc_private_netns();
	sc_link_set_mtu("lo", 1400);
	sc_make_pair(P);
	SC_SETOPT(P->a, IPPROTO_IP, IP_MTU_DISCOVER, IP_PMTUDISC_DO);
	/* 1400 - 20 (IP) - 8 (UDP header) fits exactly. */
	SC_EXPECT_RET(send(P->a, big, 1400 - 28, 0), 1400 - 28);
	SC_EXPECT_ERRNO(send(P->a, big, 1400 - 27, 0), EMSGSIZE);
}
