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
	int rx, tx1, tx2, port;
	char got[256];

	sc_private_netns();
	sc_mcast_link();
	rx = sc_ip4_bound(P->kind, GROUP, 0);
	port = sc_port(rx);
	tx1 = sc_ip4_bound(P->kind, SC_MC_ADDR, 0);
	tx2 = sc_ip4_bound(P->kind, SC_MC_ADDR2, 0);
	SC_REQUIRE_OK(sc_mcast_source(rx, IP_ADD_SOURCE_MEMBERSHIP, GROUP, SC_MC_ADDR).ret);
	SC_REQUIRE_OK(sc_mcast_source(rx, IP_ADD_SOURCE_MEMBERSHIP, GROUP, SC_MC_ADDR2).ret);
	SC_EXPECT_OK(sc_mcast_source(rx, IP_DROP_SOURCE_MEMBERSHIP, GROUP, SC_MC_ADDR2).ret);
	sc_ip4_sendto(P->kind, tx2, "dropped", GROUP, port);
	sc_ip4_sendto(P->kind, tx1, "kept", GROUP, port);
	sc_ip4_sendto(P->kind, tx1, "end", GROUP, port);
	sc_observe_str("received", sc_ip4_drain(rx, got, sizeof got));
	SC_EXPECT(!strcmp(got, "kept"),
		  "received \"%s\": expected only the datagram from the source still joined", got);
}
