/* ip(7): IP_MULTICAST_LOOP says whether the multicast datagrams a socket
 * sends are looped back to the sockets of this host: by default they are
 * (a member socket here receives them); set to 0 they are not. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_multicast_loop) = {
	.claim   = "sent multicast is looped back to local members by default (IP_MULTICAST_LOOP 1), and not with IP_MULTICAST_LOOP 0",
	.source  = SC_SRC("man:ip(7)", "IP_MULTICAST_LOOP: Set or read a boolean integer argument that determines whether sent multicast packets should be looped back to the local sockets."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "looped",
};

static const struct setting {
	SC_VARIANT_HEAD;
	int value;		/* -1: left at its default */
} settings[] = {
	{ .name = "default", .value = -1 },
	{ .name = "off", .value = 0 },
};
SC_VARIANTS(settings);

#define GROUP "239.1.2.12"

SC_TEST(ip_multicast_loop)
{
	const struct setting *V = P->variant;
	int index, rx, tx, port;
	char got[256];

	sc_private_netns();
	index = sc_mcast_link();
	rx = sc_ip4_bound(P->kind, "0.0.0.0", 0);
	port = sc_port(rx);
	sc_mcast_join(rx, GROUP, index);
	tx = sc_ip4_bound(P->kind, SC_MC_ADDR, 0);
	if (V->value >= 0)
		SC_SETOPT(tx, IPPROTO_IP, IP_MULTICAST_LOOP, V->value);
	else
		sc_observe_int("default", sc_getopt_int(tx, IPPROTO_IP, IP_MULTICAST_LOOP));
	sc_ip4_sendto(P->kind, tx, "group", GROUP, port);
	/* Unicast through lo: delivered after the group's datagram. */
	sc_ip4_sendto(P->kind, tx, "end", SC_MC_ADDR, port);
	sc_ip4_drain(rx, got, sizeof got);
	sc_observe_str("looped", *got ? "yes" : "no");
	if (V->value < 0)
		SC_EXPECT(!strcmp(got, "group"), "the member received \"%s\", not the looped datagram", got);
	else
		SC_EXPECT(!*got, "the member received \"%s\" with IP_MULTICAST_LOOP 0", got);
}
