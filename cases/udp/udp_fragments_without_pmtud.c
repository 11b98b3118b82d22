/* udp(7): with path MTU discovery turned off (IP_MTU_DISCOVER, or
 * ip_no_pmtu_disc), UDP fragments outgoing datagrams that exceed the
 * interface MTU.  In a private namespace loopback's MTU is 1500: a
 * 3000-byte datagram leaves in fragments (FragCreates of this namespace)
 * and arrives whole. */
#include "sc.h"
#include "links.h"
#include <poll.h>

SC_CASE(udp_fragments_without_pmtud) = {
	.claim   = "with path MTU discovery off, a datagram larger than the interface MTU is sent in fragments and arrives whole",
	.source  = SC_SRC("man:udp(7)", "fragments without PMTU discovery: When turned off, UDP will fragment outgoing UDP packets that exceed the interface MTU"),
	.kinds   = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "fragments",
};

static const struct how {
	SC_VARIANT_HEAD;
	int sysctl;
} hows[] = {
	{ .name = "option", .src = SC_SRC("man:udp(7)", "fragments without PMTU discovery: Path MTU discovery can be also turned off using the IP_MTU_DISCOVER socket option ... When turned off, UDP will fragment outgoing UDP packets that exceed the interface MTU") },
	{ .name = "sysctl", .src = SC_SRC("man:udp(7)", "fragments without PMTU discovery: Path MTU discovery can be also turned off using ... the /proc/sys/net/ipv4/ip_no_pmtu_disc file ... When turned off, UDP will fragment outgoing UDP packets that exceed the interface MTU"),
	  .kinds = SC_INET | SC_MAPPED, .sysctl = 1 },
};
SC_VARIANTS(hows);

SC_TEST(udp_fragments_without_pmtud)
{
	const struct how *V = P->variant;
	static char data[3000], buf[4000];
	int v6 = P->kind->domain == AF_INET6 && P->kind->addr != SC_ADDR_MAPPED4;
	const char *file = v6 ? "snmp6" : "snmp", *group = v6 ? "Ip6" : "Ip";
	long before, frags;

	sc_private_netns();
	SC_REQUIRE(sc_link_set_mtu("lo", 1500) == 1500, "loopback MTU not set");
	if (V->sysctl)
		sc_sysctl_set("net/ipv4/ip_no_pmtu_disc", "1");
	sc_make_pair(P);
	if (!V->sysctl) {
		if (v6)
			SC_SETOPT(P->a, IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_DONT);
		else
			SC_SETOPT(P->a, IPPROTO_IP, IP_MTU_DISCOVER, IP_PMTUDISC_DONT);
	}
	before = sc_net_counter(file, group, "FragCreates");
	SC_REQUIRE(before >= 0, "no FragCreates counter in /proc/net/%s", file);
	memset(data, 'f', sizeof data);
	SC_EXPECT_RET(send(P->a, data, sizeof data, 0), 3000);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the fragmented datagram");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 3000);
	frags = sc_net_counter(file, group, "FragCreates") - before;
	sc_observe_int("fragments", frags);
	SC_EXPECT_CMP(frags, >=, 3);
}
