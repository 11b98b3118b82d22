/* ip(7): IP_MULTICAST_TTL is the time-to-live of the multicast datagrams
 * the socket sends, 1 by default; a receiver sees it (IP_RECVTTL). */
#include "sc.h"
#include "cmsg.h"
#include "ip4.h"

SC_CASE(ip_multicast_ttl) = {
	.claim   = "multicast datagrams leave with TTL 1 by default and with the IP_MULTICAST_TTL set",
	.source  = SC_SRC("man:ip(7)", "IP_MULTICAST_TTL: Set or read the time-to-live value of outgoing multicast packets for this socket. ... The default is 1"),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "ttl",
};

static const struct setting {
	SC_VARIANT_HEAD;
	int value;		/* -1: left at its default */
} settings[] = {
	{ .name = "default", .value = -1 },
	{ .name = "set7", .value = 7 },
};
SC_VARIANTS(settings);

#define GROUP "239.1.2.13"

SC_TEST(ip_multicast_ttl)
{
	const struct setting *V = P->variant;
	int index, rx, tx, port;
	struct sc_msg m;
	char rbuf[2048];
	long ttl;

	sc_private_netns();
	index = sc_mcast_link();
	rx = sc_ip4_bound(P->kind, GROUP, 0);
	port = sc_port(rx);
	sc_mcast_join(rx, GROUP, index);
	SC_SETOPT(rx, IPPROTO_IP, IP_RECVTTL, 1);
	tx = sc_ip4_bound(P->kind, SC_MC_ADDR, 0);
	if (V->value >= 0)
		SC_SETOPT(tx, IPPROTO_IP, IP_MULTICAST_TTL, V->value);
	sc_ip4_sendto(P->kind, tx, "group", GROUP, port);
	sc_wait_fd(rx, POLLIN, SC_WAIT_MS, "the looped multicast datagram");
	SC_REQUIRE(sc_recv_msg(rx, rbuf, sizeof rbuf, MSG_DONTWAIT, &m).ret == 5, "recvmsg: %s", sc_errname(m.err));
	ttl = sc_cmsg_int(&m, IPPROTO_IP, IP_TTL, -1);
	sc_observe_int("ttl", ttl);
	SC_EXPECT_EQ(ttl, V->value < 0 ? 1 : V->value);
}
