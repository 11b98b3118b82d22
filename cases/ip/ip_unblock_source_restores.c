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
	int index, rx, tx1, tx2, port;
	char got[256];

	sc_private_netns();
	index = sc_mcast_link();
	rx = sc_ip4_bound(P->kind, GROUP, 0);
	port = sc_port(rx);
	tx1 = sc_ip4_bound(P->kind, SC_MC_ADDR, 0);
	tx2 = sc_ip4_bound(P->kind, SC_MC_ADDR2, 0);
	sc_mcast_join(rx, GROUP, index);
	SC_REQUIRE_OK(sc_mcast_source(rx, IP_BLOCK_SOURCE, GROUP, SC_MC_ADDR2).ret);
	sc_ip4_sendto(P->kind, tx2, "blocked", GROUP, port);
	sc_ip4_sendto(P->kind, tx1, "end", GROUP, port);
	sc_observe_str("received_while_blocked", sc_ip4_drain(rx, got, sizeof got));
	SC_REQUIRE(!*got, "the blocked source's datagram arrived: \"%s\"", got);
	SC_EXPECT_OK(sc_mcast_source(rx, IP_UNBLOCK_SOURCE, GROUP, SC_MC_ADDR2).ret);
	sc_ip4_sendto(P->kind, tx2, "unblocked", GROUP, port);
	sc_ip4_sendto(P->kind, tx1, "end", GROUP, port);
	sc_observe_str("received", sc_ip4_drain(rx, got, sizeof got));
	SC_EXPECT(!strcmp(got, "unblocked"),
		  "received \"%s\": expected the datagram from the unblocked source", got);
}
