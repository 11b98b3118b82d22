/* ipv6(7) IPV6_MULTICAST_HOPS: the hop limit of the socket's outgoing
 * multicast; -1 means the default, otherwise 0 to 255.  A socket joined to
 * the group on the veth end sc0 of a private namespace reads each
 * datagram's hop limit (IPV6_RECVHOPLIMIT) from the sender's local loop. */
#include "sc.h"
#include "cmsg.h"
#include "links.h"
#include "mcast6.h"
#include <poll.h>

SC_CASE(ipv6_multicast_hops) = {
	.claim   = "IPV6_MULTICAST_HOPS sets the hop limit multicast is sent with (0-255), -1 restores the default, other values fail with EINVAL",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_MULTICAST_HOPS: Set the multicast hop limit for the socket. Argument is a pointer to an integer. -1 in the value means use the route default, otherwise it should be between 0 and 255"),
	.kinds   = SC_UDP,
	.require = SC_INET6,
	.exclude = SC_MAPPED, /* IPv6 multicast: the mapped kind speaks IPv4 */
	.fixture = SC_FIX_NONE,
	.key     = "hops_default",
};

static long sent_with(int s, int r, const struct sockaddr_in6 *to)
{
	struct sc_msg m;
	char buf[8];

	SC_EXPECT_RET(sendto(s, "h", 1, 0, (const struct sockaddr *)to, sizeof *to), 1);
	sc_wait_fd(r, POLLIN, SC_WAIT_MS, "the multicast datagram");
	SC_EXPECT_RET(sc_recv_msg(r, buf, sizeof buf, MSG_DONTWAIT, &m).ret, 1);
	return sc_cmsg_int(&m, IPPROTO_IPV6, IPV6_HOPLIMIT, -1000);
}

static void set_hops(int s, int v)
{
	SC_EXPECT_OK(setsockopt(s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, &v, sizeof v));
}

SC_TEST(ipv6_multicast_hops)
{
	struct sockaddr_in6 to;
	int i0, i1, r, s;
	long dflt;

	sc_veth_netns(&i0, &i1);
	sc_mc6_ends(P->kind, &r, &s);
	SC_SETOPT(r, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, 1);
	sc_mc6_join(r, "ff02::1:60", i0, &to);
	SC_SETOPT(s, IPPROTO_IPV6, IPV6_MULTICAST_IF, i0);
	sc_observe_int("hops_option_default", sc_getopt_int(s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS));
	dflt = sent_with(s, r, &to);
	sc_observe_int("hops_default", dflt);
	set_hops(s, 7);
	SC_EXPECT_EQ(sent_with(s, r, &to), 7);
	set_hops(s, 255);
	SC_EXPECT_EQ(sent_with(s, r, &to), 255);
	set_hops(s, 0);
	SC_EXPECT_EQ(sent_with(s, r, &to), 0);
	set_hops(s, -1);
	SC_EXPECT_EQ(sent_with(s, r, &to), dflt);
	SC_EXPECT_ERRNO(setsockopt(s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, &(int){ 256 }, sizeof(int)), EINVAL);
	SC_EXPECT_ERRNO(setsockopt(s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, &(int){ -2 }, sizeof(int)), EINVAL);
}
