/* ip(7): IP_UNBLOCK_SOURCE lets a blocked source of a joined group
 * through again. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_unblock_source_restores) = {
	.claim   = "after IP_BLOCK_SOURCE(S) then IP_UNBLOCK_SOURCE(S) the group's datagrams from S arrive again",
	.source  = SC_SRC("man:ip(7)", "IP_UNBLOCK_SOURCE: Unblock previously blocked multicast source."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "received",
};

#define GROUP "239.1.2.8"

SC_TEST(ip_unblock_source_restores)
{
	struct sc_mc_sources m;
	char got[256];

	sc_mcast_sources(P->kind, GROUP, &m);
	sc_mcast_join(m.rx, GROUP, m.index);
	SC_REQUIRE_OK(sc_mcast_source(m.rx, IP_BLOCK_SOURCE, GROUP, SC_MC_ADDR2).ret);
	sc_observe_str("received_while_blocked", sc_mcast_heard(&m, "blocked", NULL, got, sizeof got));
	SC_REQUIRE(!*got, "the blocked source's datagram arrived: \"%s\"", got);
	SC_EXPECT_OK(sc_mcast_source(m.rx, IP_UNBLOCK_SOURCE, GROUP, SC_MC_ADDR2).ret);
	sc_observe_str("received", sc_mcast_heard(&m, "unblocked", NULL, got, sizeof got));
	SC_EXPECT(!strcmp(got, "unblocked"),
		  "received \"%s\": expected the datagram from the unblocked source", got);
}
