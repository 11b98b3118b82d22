/* ip(7): IP_UNBLOCK_SOURCE of a source that is not blocked fails with
 * EADDRNOTAVAIL. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_unblock_source_not_blocked) = {
	.claim   = "IP_UNBLOCK_SOURCE of a source that is not blocked fails with EADDRNOTAVAIL",
	.source  = SC_SRC("man:ip(7)", "IP_UNBLOCK_SOURCE: Returns EADDRNOTAVAIL when given source is not being blocked."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

#define GROUP "239.1.2.9"

SC_TEST(ip_unblock_source_not_blocked)
{
	int index, rx;

	sc_private_netns();
	index = sc_mcast_link();
	rx = sc_ip4_bound(P->kind, GROUP, 0);
	sc_mcast_join(rx, GROUP, index);
	SC_EXPECT_ERRNO_RES("setsockopt(IP_UNBLOCK_SOURCE) of a source never blocked",
			    sc_mcast_source(rx, IP_UNBLOCK_SOURCE, GROUP, SC_MC_ADDR2), EADDRNOTAVAIL);
}
