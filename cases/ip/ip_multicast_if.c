/* ip(7): IP_MULTICAST_IF sets the link multicast leaves by; setsockopt
 * takes an ip_mreqn, an ip_mreq or an in_addr (told apart by optlen) and
 * getsockopt returns an in_addr.  Observed where the datagram arrives: a
 * member of the group on both links learns the link from IP_PKTINFO. */
#include "sc.h"
#include "cmsg.h"
#include "ip4.h"
#include <arpa/inet.h>

SC_CASE(ip_multicast_if) = {
	.claim   = "after IP_MULTICAST_IF names a link, the socket's multicast goes out of that link and not the routed one",
	.source  = SC_SRC("man:ip(7)", "IP_MULTICAST_IF: Set the local device for a multicast socket. The argument for setsockopt(2) is an ip_mreqn or (since Linux 3.5) ip_mreq structure similar to IP_ADD_MEMBERSHIP, or an in_addr structure."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "link",
};

static const struct arg {
	SC_VARIANT_HEAD;
	int size;		/* which structure, by its size */
} args[] = {
	{ .name = "ip_mreqn", .size = sizeof(struct ip_mreqn) },
	{ .name = "ip_mreq", .size = sizeof(struct ip_mreq) },
	{ .name = "in_addr", .size = sizeof(struct in_addr) },
};
SC_VARIANTS(args);

#define GROUP "239.1.2.14"

SC_TEST(ip_multicast_if)
{
	const struct arg *V = P->variant;
	int first, second, rx, tx, port;
	union {
		struct ip_mreqn mn;
		struct ip_mreq mo;
		struct in_addr a;
	} u;
	struct in_addr got = { 0 };
	socklen_t len = sizeof got;
	struct sc_msg m;
	char rbuf[2048];
	const struct in_pktinfo *pi;
	char text[64];

	sc_private_netns();
	first = sc_mcast_link();
	second = sc_mcast_link2();
	rx = sc_ip4_bound(P->kind, GROUP, 0);
	port = sc_port(rx);
	sc_mcast_join(rx, GROUP, first);
	sc_mcast_join(rx, GROUP, second);
	SC_SETOPT(rx, IPPROTO_IP, IP_PKTINFO, 1);
	tx = sc_ip4_bound(P->kind, "0.0.0.0", 0);

	memset(&u, 0, sizeof u);
	if (V->size == sizeof(struct ip_mreqn))
		u.mn.imr_ifindex = second;
	else if (V->size == sizeof(struct ip_mreq))
		inet_pton(AF_INET, SC_MC2_ADDR, &u.mo.imr_interface);
	else
		inet_pton(AF_INET, SC_MC2_ADDR, &u.a);
	SC_EXPECT_OK(setsockopt(tx, IPPROTO_IP, IP_MULTICAST_IF, &u, (socklen_t)V->size));
	SC_EXPECT_OK(getsockopt(tx, IPPROTO_IP, IP_MULTICAST_IF, &got, &len));
	sc_observe_str("getsockopt", inet_ntop(AF_INET, &got, text, sizeof text));
	sc_observe_int("getsockopt_len", len);
	SC_EXPECT_EQ(len, sizeof(struct in_addr));

	sc_ip4_sendto(P->kind, tx, "group", GROUP, port);
	sc_wait_fd(rx, POLLIN, SC_WAIT_MS, "the looped multicast datagram");
	SC_REQUIRE(sc_recv_msg(rx, rbuf, sizeof rbuf, MSG_DONTWAIT, &m).ret == 5, "recvmsg: %s", sc_errname(m.err));
	pi = sc_cmsg(&m, IPPROTO_IP, IP_PKTINFO, NULL);
	SC_REQUIRE(pi, "no IP_PKTINFO with the datagram");
	sc_observe_str("link", pi->ipi_ifindex == second ? SC_MC2_LINK :
		       pi->ipi_ifindex == first ? SC_MC_LINK : "other");
	SC_EXPECT_EQ(pi->ipi_ifindex, second);
}
