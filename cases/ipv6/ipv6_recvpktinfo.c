/* ipv6(7) IPV6_RECVPKTINFO: with it set, each datagram comes with an
 * IPV6_PKTINFO control message (struct in6_pktinfo: the destination
 * address and the arrival interface); without it, none. */
#include "sc.h"
#include "cmsg.h"
#include <arpa/inet.h>
#include <net/if.h>
#include <poll.h>
#include <stdio.h>

SC_CASE(ipv6_recvpktinfo) = {
	.claim   = "with IPV6_RECVPKTINFO (default off) a datagram comes with IPV6_PKTINFO naming its destination address and arrival interface",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_RECVPKTINFO: Set delivery of the IPV6_PKTINFO control message on incoming datagrams. Such control messages contain a struct in6_pktinfo, as per RFC 3542"),
	.kinds   = SC_UDP,
	.require = SC_INET6,
	.key     = "pktinfo",
};

SC_TEST(ipv6_recvpktinfo)
{
	struct sockaddr_in6 me;
	socklen_t ml = sizeof me;
	const unsigned char *c;
	size_t clen = 0;
	struct in6_pktinfo pi;
	struct sc_msg m;
	char buf[8], text[INET6_ADDRSTRLEN + 16] = "";

	SC_REQUIRE_OK(getsockname(P->b, (struct sockaddr *)&me, &ml));
	SC_EXPECT_EQ(sc_getopt_int(P->b, IPPROTO_IPV6, IPV6_RECVPKTINFO), 0);
	SC_REQUIRE_OK(send(P->a, "a", 1, 0));
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the first datagram");
	SC_EXPECT_RET(sc_recv_msg(P->b, buf, sizeof buf, MSG_DONTWAIT, &m).ret, 1);
	SC_EXPECT(!sc_cmsg(&m, IPPROTO_IPV6, IPV6_PKTINFO, NULL), "IPV6_PKTINFO came without IPV6_RECVPKTINFO");
	SC_EXPECT_OK(setsockopt(P->b, IPPROTO_IPV6, IPV6_RECVPKTINFO, &(int){ 1 }, sizeof(int)));
	SC_REQUIRE_OK(send(P->a, "b", 1, 0));
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the second datagram");
	SC_EXPECT_RET(sc_recv_msg(P->b, buf, sizeof buf, MSG_DONTWAIT, &m).ret, 1);
	c = sc_cmsg(&m, IPPROTO_IPV6, IPV6_PKTINFO, &clen);
	SC_EXPECT(c != NULL, "no IPV6_PKTINFO control message with IPV6_RECVPKTINFO set");
	SC_EXPECT_EQ(clen, sizeof pi);
	memcpy(&pi, c, sizeof pi);
	inet_ntop(AF_INET6, &pi.ipi6_addr, text, INET6_ADDRSTRLEN);
	snprintf(text + strlen(text), 16, "%%%u", pi.ipi6_ifindex);
	sc_observe_str("pktinfo", text);
	SC_EXPECT(!memcmp(&pi.ipi6_addr, &me.sin6_addr, sizeof me.sin6_addr),
		  "ipi6_addr %s is not the socket's address", text);
	SC_EXPECT_EQ(pi.ipi6_ifindex, if_nametoindex("lo"));
}
