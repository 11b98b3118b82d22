/* ipv6(7) IPV6_MULTICAST_IF sets the device outgoing multicast leaves by.
 * In a private namespace with a veth pair sc0-sc1, a socket joins a group
 * on both ends and reads the arrival interface (IPV6_PKTINFO); the sender
 * has no local loop, so what arrives came over the wire: sent out of sc0
 * it arrives on sc1, sent out of sc1 it arrives on sc0. */
#include "sc.h"
#include "cmsg.h"
#include "links.h"
#include <arpa/inet.h>
#include <poll.h>

SC_CASE(ipv6_multicast_if) = {
	.claim   = "multicast from a socket with IPV6_MULTICAST_IF set to an interface leaves by that interface",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_MULTICAST_IF: Set the device for outgoing multicast packets on the socket. This is allowed only for SOCK_DGRAM and SOCK_RAW socket. The argument is a pointer to an interface index (see netdevice(7)) in an integer"),
	.kinds   = SC_UDP,
	.require = SC_INET6,
	.exclude = SC_MAPPED, /* IPv6 multicast: the mapped kind speaks IPv4 */
	.fixture = SC_FIX_NONE,
	.key     = "arrived_on",
};

/* Send one datagram out of `out`; the interface it arrived on. */
static long through(int s, int r, int out, const struct sockaddr_in6 *to)
{
	const unsigned char *c;
	size_t clen = 0;
	struct in6_pktinfo pi;
	struct sc_msg m;
	char buf[8];

	SC_EXPECT_OK(setsockopt(s, IPPROTO_IPV6, IPV6_MULTICAST_IF, &out, sizeof out));
	SC_EXPECT_RET(sendto(s, "m", 1, 0, (const struct sockaddr *)to, sizeof *to), 1);
	sc_wait_fd(r, POLLIN, SC_WAIT_MS, "the multicast datagram");
	SC_EXPECT_RET(sc_recv_msg(r, buf, sizeof buf, MSG_DONTWAIT, &m).ret, 1);
	c = sc_cmsg(&m, IPPROTO_IPV6, IPV6_PKTINFO, &clen);
	SC_EXPECT(c && clen >= sizeof pi, "no IPV6_PKTINFO with the datagram");
	memcpy(&pi, c, sizeof pi);
	return (long)pi.ipi6_ifindex;
}

SC_TEST(ipv6_multicast_if)
{
	struct sockaddr_in6 any = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_ANY_INIT };
	struct sockaddr_in6 to = { .sin6_family = AF_INET6 };
	struct ipv6_mreq m;
	int i0, i1, r, s;
	long on;

	sc_veth_netns(&i0, &i1);
	r = sc_kind_socket(P->kind);
	s = sc_kind_socket(P->kind);
	SC_REQUIRE_OK(bind(r, (struct sockaddr *)&any, sizeof any));
	SC_SETOPT(r, IPPROTO_IPV6, IPV6_RECVPKTINFO, 1);
	inet_pton(AF_INET6, "ff02::1:5f", &to.sin6_addr);
	to.sin6_port = htons((uint16_t)sc_port(r));
	m.ipv6mr_multiaddr = to.sin6_addr;
	m.ipv6mr_interface = (unsigned)i0;
	SC_REQUIRE_OK(setsockopt(r, IPPROTO_IPV6, IPV6_ADD_MEMBERSHIP, &m, sizeof m));
	m.ipv6mr_interface = (unsigned)i1;
	SC_REQUIRE_OK(setsockopt(r, IPPROTO_IPV6, IPV6_ADD_MEMBERSHIP, &m, sizeof m));
	SC_SETOPT(s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, 0);
	sc_observe_int("if_default", sc_getopt_int(s, IPPROTO_IPV6, IPV6_MULTICAST_IF));
	on = through(s, r, i0, &to);
	sc_observe_str("arrived_on", on == i1 ? "sc1" : on == i0 ? "sc0" : "other");
	SC_EXPECT_EQ(on, i1);
	SC_EXPECT_EQ(through(s, r, i1, &to), i0);
}
