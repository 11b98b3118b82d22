/* ipv6(7) IPV6_MTU, setsockopt(): the MTU set is limited by the device's.
 * In a private namespace whose loopback has MTU 1500, a socket with
 * IPV6_MTU 9000 still sends a 2600-byte datagram in fragments that fit
 * 1500 bytes (2 fragments: Ip6FragCreates of the namespace). */
#include "sc.h"
#include "links.h"
#include <poll.h>

SC_CASE(ipv6_mtu_set_device_limit) = {
	.claim   = "an IPV6_MTU above the device MTU is limited by it: a datagram larger than the device MTU is still fragmented to fit it",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_MTU: setsockopt(): Set the MTU to be used for the socket. The MTU is limited by the device MTU or the path MTU when path MTU discovery is enabled"),
	.kinds   = SC_UDP,
	.require = SC_INET6,
	.exclude = SC_MAPPED, /* IPv6's MTU: the mapped kind speaks IPv4 */
	.fixture = SC_FIX_NONE,
	.key     = "fragments",
};

SC_TEST(ipv6_mtu_set_device_limit)
{
	static char data[2600], buf[4000];
	long before, f;

	sc_private_netns();
	SC_REQUIRE(sc_link_set_mtu("lo", 1500) == 1500, "loopback MTU not set");
	sc_make_pair(P);
	SC_SETOPT(P->a, IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_DONT);
	SC_EXPECT_OK(setsockopt(P->a, IPPROTO_IPV6, IPV6_MTU, &(int){ 9000 }, sizeof(int)));
	before = sc_net_counter("snmp6", "Ip6", "FragCreates");
	SC_REQUIRE(before >= 0, "no Ip6FragCreates in /proc/net/snmp6");
	memset(data, 'd', sizeof data);
	SC_EXPECT_RET(send(P->a, data, sizeof data, 0), 2600);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 2600);
	f = sc_net_counter("snmp6", "Ip6", "FragCreates") - before;
	sc_observe_int("fragments", f);
	SC_EXPECT_EQ(f, 2);
}
