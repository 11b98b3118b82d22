/* ipv6(7) IPV6_MULTICAST_IF sets the device outgoing multicast leaves by.
 * In a private namespace with a veth pair sc0-sc1, a socket joins a group
 * on both ends and reads the arrival interface (IPV6_PKTINFO); the sender
 * has no local loop, so what arrives came over the wire: sent out of sc0
 * it arrives on sc1, sent out of sc1 it arrives on sc0. */
#include "sc.h"
#include "cmsg.h"
#include "links.h"
#include "mcast6.h"
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
	struct sockaddr_in6 to;
	int i0, i1, r, s;
	long on;

	sc_veth_netns(&i0, &i1);
	sc_mc6_ends(P->kind, &r, &s);
	SC_SETOPT(r, IPPROTO_IPV6, IPV6_RECVPKTINFO, 1);
	sc_mc6_join(r, "ff02::1:5f", i0, &to);
	sc_mc6_join(r, "ff02::1:5f", i1, &to);
	SC_SETOPT(s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, 0);
	sc_observe_int("if_default", sc_getopt_int(s, IPPROTO_IPV6, IPV6_MULTICAST_IF));
	on = through(s, r, i0, &to);
	sc_observe_str("arrived_on", on == i1 ? "sc1" : on == i0 ? "sc0" : "other");
	SC_EXPECT_EQ(on, i1);
	SC_EXPECT_EQ(through(s, r, i1, &to), i0);
}
