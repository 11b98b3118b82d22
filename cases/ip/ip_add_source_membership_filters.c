/* ip(7): IP_ADD_SOURCE_MEMBERSHIP joins a group for one source only:
 * the group's datagrams from that source arrive, those from another
 * source do not. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_add_source_membership_filters) = {
	.claim   = "after IP_ADD_SOURCE_MEMBERSHIP(group, S) the socket receives the group's datagrams from S only",
	.source  = SC_SRC("man:ip(7)", "IP_ADD_SOURCE_MEMBERSHIP: Join a multicast group and allow receiving data only from a specified source."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "received",
};

#define GROUP "232.1.2.5"

SC_TEST(ip_add_source_membership_filters)
{
	struct sc_mc_sources m;
	char got[256];

	sc_mcast_sources(P->kind, GROUP, &m);
	SC_EXPECT_OK(sc_mcast_source(m.rx, IP_ADD_SOURCE_MEMBERSHIP, GROUP, SC_MC_ADDR).ret);
	sc_observe_str("received", sc_mcast_heard(&m, "other", "chosen", got, sizeof got));
	SC_EXPECT(!strcmp(got, "chosen"),
		  "received \"%s\": expected only the datagram from the chosen source", got);
}
