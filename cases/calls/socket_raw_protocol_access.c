/* socket(2): SOCK_RAW provides raw network protocol access.  A raw socket
 * for UDP sees the UDP datagrams of its namespace as the network layer
 * carries them: for IPv4 the whole packet, IP header first (version 4,
 * protocol 17); for IPv6 (which hands raw sockets no IPv6 header) the
 * transport header, UDP's ports and length first.  The item runs in a
 * network namespace of its own, so the only UDP is its own. */
#include "sc.h"
#include <arpa/inet.h>
#include <netinet/ip.h>
#include <netinet/udp.h>

SC_CASE(socket_raw_protocol_access) = {
	.claim   = "a SOCK_RAW socket receives its protocol's packets with the protocol headers",
	.source  = SC_SRC("man:socket(2)", "SOCK_RAW: Provides raw network protocol access"),
	.kinds   = SC_UDP,
	.require = SC_PLAIN, /* the kind gives the family */
	.fixture = SC_FIX_NONE,
	.key     = "raw_len",
	.needs   = "root",
};

SC_TEST(socket_raw_protocol_access)
{
	const struct sc_kind *k = P->kind;
	struct sockaddr_storage ra;
	socklen_t rl;
	unsigned char pkt[256];
	static const char msg[] = "raw-access";
	const struct udphdr *uh;
	int raw, s;
	long n;

	sc_private_netns();
	raw = sc_socket(k->domain, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_UDP);
	sc_bound_socket(P, &ra, &rl);
	s = sc_kind_socket(k);
	SC_REQUIRE_OK(sendto(s, msg, sizeof msg, 0, (struct sockaddr *)&ra, rl));
	sc_wait_fd(raw, POLLIN, SC_WAIT_MS, "the datagram at the raw socket");
	n = SC_EXPECT_OK(recv(raw, pkt, sizeof pkt, 0));
	sc_observe_int("raw_len", n);
	if (k->domain == AF_INET) {
		const struct iphdr *ip = (const struct iphdr *)pkt;

		SC_EXPECT_EQ(n, (long)(ip->ihl * 4 + sizeof *uh + sizeof msg));
		SC_EXPECT_EQ(ip->version, 4);
		SC_EXPECT_EQ(ip->protocol, IPPROTO_UDP);
		uh = (const struct udphdr *)(pkt + ip->ihl * 4);
	} else {
		SC_EXPECT_EQ(n, (long)(sizeof *uh + sizeof msg));
		uh = (const struct udphdr *)pkt;
	}
	SC_EXPECT_EQ(ntohs(uh->dest), sc_addr_port(&ra));
	SC_EXPECT_EQ(ntohs(uh->source), sc_port(s));
	SC_EXPECT_EQ(ntohs(uh->len), sizeof *uh + sizeof msg);
	SC_EXPECT(!memcmp((const char *)(uh + 1), msg, sizeof msg), "the payload differs");
}
