/* ipv6(7) IPV6_UNICAST_HOPS: the hop limit of the socket's unicast
 * packets; -1 means the route's default, otherwise 0 to 255.  The peer
 * reads each datagram's hop limit (IPV6_RECVHOPLIMIT). */
#include "sc.h"
#include "cmsg.h"
#include <poll.h>

SC_CASE(ipv6_unicast_hops) = {
	.claim   = "IPV6_UNICAST_HOPS sets the hop limit datagrams are sent with (0-255), -1 restores the route default, other values fail with EINVAL",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_UNICAST_HOPS: Set the unicast hop limit for the socket. Argument is a pointer to an integer. -1 in the value means use the route default, otherwise it should be between 0 and 255"),
	.kinds   = SC_UDP,
	.require = SC_INET6,
	.exclude = SC_MAPPED, /* IPv4 on the wire: its TTL is IP_TTL's */
	.key     = "hops_default",
};

static long sent_with(struct sc_pair *P)
{
	struct sc_msg m;
	char buf[8];

	SC_EXPECT_RET(send(P->a, "h", 1, 0), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_EXPECT_RET(sc_recv_msg(P->b, buf, sizeof buf, MSG_DONTWAIT, &m).ret, 1);
	return sc_cmsg_int(&m, IPPROTO_IPV6, IPV6_HOPLIMIT, -1000);
}

static void set_hops(int s, int v)
{
	SC_EXPECT_OK(setsockopt(s, IPPROTO_IPV6, IPV6_UNICAST_HOPS, &v, sizeof v));
}

SC_TEST(ipv6_unicast_hops)
{
	long route = sc_sysctl("net/ipv6/conf/lo/hop_limit", 0), dflt;

	SC_SETOPT(P->b, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, 1);
	sc_observe_int("route_hop_limit", route);
	sc_observe_int("hops_option_default", sc_getopt_int(P->a, IPPROTO_IPV6, IPV6_UNICAST_HOPS));
	dflt = sent_with(P);
	sc_observe_int("hops_default", dflt);
	if (route > 0)
		SC_EXPECT_EQ(dflt, route);
	set_hops(P->a, 7);
	SC_EXPECT_EQ(sent_with(P), 7);
	set_hops(P->a, 255);
	SC_EXPECT_EQ(sent_with(P), 255);
	set_hops(P->a, 0);
	SC_EXPECT_EQ(sent_with(P), 0);
	set_hops(P->a, -1);
	SC_EXPECT_EQ(sent_with(P), dflt);
	SC_EXPECT_ERRNO(setsockopt(P->a, IPPROTO_IPV6, IPV6_UNICAST_HOPS, &(int){ 256 }, sizeof(int)), EINVAL);
	SC_EXPECT_ERRNO(setsockopt(P->a, IPPROTO_IPV6, IPV6_UNICAST_HOPS, &(int){ -2 }, sizeof(int)), EINVAL);
}
