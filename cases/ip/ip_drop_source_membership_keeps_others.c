/* ip(7): IP_DROP_SOURCE_MEMBERSHIP leaves one source of a group joined
 * for several: the group's datagrams from the remaining sources still
 * arrive, those from the dropped one no longer do. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_drop_source_membership_keeps_others) = {
	.claim   = "after IP_DROP_SOURCE_MEMBERSHIP of one of two joined sources, only the other source's datagrams arrive",
	.source  = SC_SRC("man:ip(7)", "IP_DROP_SOURCE_MEMBERSHIP: If the application has subscribed to multiple sources within the same group, data from the remaining sources will still be delivered."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "received",
};

#define GROUP "232.1.2.6"

SC_TEST(ip_drop_source_membership_keeps_others)
{
	struct sc_mc_sources m;
	char got[256];

	sc_mcast_sources(P->kind, GROUP, &m);
	SC_REQUIRE_OK(sc_mcast_source(m.rx, IP_ADD_SOURCE_MEMBERSHIP, GROUP, SC_MC_ADDR).ret);
	SC_REQUIRE_OK(sc_mcast_source(m.rx, IP_ADD_SOURCE_MEMBERSHIP, GROUP, SC_MC_ADDR2).ret);
	SC_EXPECT_OK(sc_mcast_source(m.rx, IP_DROP_SOURCE_MEMBERSHIP, GROUP, SC_MC_ADDR2).ret);
	sc_observe_str("received", sc_mcast_heard(&m, "dropped", "kept", got, sizeof got));
	SC_EXPECT(!strcmp(got, "kept"),
		  "received \"%s\": expected only the datagram from the source still joined", got);
}
