/* ipv6(7) IPV6_MTU, setsockopt(): sets the MTU the socket's packets use.
 * In a private namespace whose loopback has MTU 1500, a socket with
 * IPV6_MTU 1280 sends a 1400-byte datagram: larger than its MTU, it should
 * leave in fragments (Ip6FragCreates of the namespace).  Recorded beside
 * it: a 2600-byte datagram, too large for the device too, is cut into
 * 1280-byte fragments (3, where 1500 would give 2). */
#include "sc.h"
#include "links.h"
#include <poll.h>

SC_CASE(ipv6_mtu_set_fragments) = {
	.claim   = "with IPV6_MTU 1280 set, a 1400-byte datagram leaves in fragments no larger than 1280",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_MTU: setsockopt(): Set the MTU to be used for the socket. The MTU is limited by the device MTU or the path MTU when path MTU discovery is enabled. Argument is a pointer to integer"),
	.kinds   = SC_UDP,
	.require = SC_INET6,
	.exclude = SC_MAPPED, /* IPv6's MTU: the mapped kind speaks IPv4 */
	.fixture = SC_FIX_NONE,
	.key     = "fragments_1400",
};

/* Fragments the namespace made sending one datagram of n bytes. */
static long fragments(struct sc_pair *P, size_t n)
{
	static char data[4000], buf[4000];
	long before = sc_net_counter("snmp6", "Ip6", "FragCreates");

	SC_REQUIRE(before >= 0, "no Ip6FragCreates in /proc/net/snmp6");
	memset(data, 'p', n);
	SC_EXPECT_RET(send(P->a, data, n, 0), (long)n);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), (long)n);
	return sc_net_counter("snmp6", "Ip6", "FragCreates") - before;
}

SC_TEST(ipv6_mtu_set_fragments)
{
	long f;

	sc_private_netns();
	SC_REQUIRE(sc_link_set_mtu("lo", 1500) == 1500, "loopback MTU not set");
	sc_make_pair(P);
	SC_SETOPT(P->a, IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_DONT);
	SC_EXPECT_OK(setsockopt(P->a, IPPROTO_IPV6, IPV6_MTU, &(int){ 1280 }, sizeof(int)));
	sc_observe_int("fragments_2600", fragments(P, 2600));
	f = fragments(P, 1400);
	sc_observe_int("fragments_1400", f);
	SC_EXPECT_CMP(f, >=, 2);
}
