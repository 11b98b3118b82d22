/* ip(7): IP_DROP_MEMBERSHIP leaves a multicast group: the link is no
 * longer a member (/proc/net/igmp) and the socket no longer receives the
 * group's datagrams. */
#include "sc.h"
#include "ip4.h"
#include <arpa/inet.h>

SC_CASE(ip_drop_membership_stops) = {
	.claim   = "after IP_DROP_MEMBERSHIP the link has left the group and the socket receives none of its datagrams",
	.source  = SC_SRC("man:ip(7)", "IP_DROP_MEMBERSHIP: Leave a multicast group."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "received",
};

#define GROUP "239.1.2.4"

SC_TEST(ip_drop_membership_stops)
{
	struct ip_mreqn m = { .imr_ifindex = 0 };
	int rx, tx, port;
	char got[256];

	sc_private_netns();
	m.imr_ifindex = sc_mcast_link();
	inet_pton(AF_INET, GROUP, &m.imr_multiaddr);
	rx = sc_ip4_bound(P->kind, "0.0.0.0", 0);
	port = sc_port(rx);
	tx = sc_ip4_bound(P->kind, SC_MC_ADDR, 0);
	sc_mcast_join(rx, GROUP, m.imr_ifindex);
	sc_ip4_sendto(P->kind, tx, "joined", GROUP, port);
	sc_ip4_sendto(P->kind, tx, "end", SC_MC_ADDR, port);
	sc_observe_str("received_while_joined", sc_ip4_drain(rx, got, sizeof got));
	SC_REQUIRE(!strcmp(got, "joined"), "the group's datagram did not arrive while joined: \"%s\"", got);

	SC_EXPECT_OK(setsockopt(rx, IPPROTO_IP, IP_DROP_MEMBERSHIP, &m, sizeof m));
	sc_observe_int("link_member_after_drop", sc_igmp_member(SC_MC_LINK, GROUP));
	SC_EXPECT(!sc_igmp_member(SC_MC_LINK, GROUP), "%s is still a member of %s after the drop",
		  SC_MC_LINK, GROUP);
	sc_ip4_sendto(P->kind, tx, "dropped", GROUP, port);
	sc_ip4_sendto(P->kind, tx, "end", SC_MC_ADDR, port);
	sc_observe_str("received", sc_ip4_drain(rx, got, sizeof got));
	SC_EXPECT(!*got, "datagrams to the group still arrive after IP_DROP_MEMBERSHIP: \"%s\"", got);
}
