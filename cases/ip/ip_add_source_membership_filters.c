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
	int rx, tx1, tx2, port;
	char got[256];

	sc_private_netns();
	sc_mcast_link();
	rx = sc_ip4_bound(P->kind, GROUP, 0);
	port = sc_port(rx);
	tx1 = sc_ip4_bound(P->kind, SC_MC_ADDR, 0);
	tx2 = sc_ip4_bound(P->kind, SC_MC_ADDR2, 0);
	SC_EXPECT_OK(sc_mcast_source(rx, IP_ADD_SOURCE_MEMBERSHIP, GROUP, SC_MC_ADDR).ret);
	sc_ip4_sendto(P->kind, tx2, "other", GROUP, port);
	sc_ip4_sendto(P->kind, tx1, "chosen", GROUP, port);
	sc_ip4_sendto(P->kind, tx1, "end", GROUP, port);
	sc_observe_str("received", sc_ip4_drain(rx, got, sizeof got));
	SC_EXPECT(!strcmp(got, "chosen"),
		  "received \"%s\": expected only the datagram from the chosen source", got);
}
