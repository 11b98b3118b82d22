/* ipv6(7) IPV6_ADD_MEMBERSHIP / IPV6_DROP_MEMBERSHIP control membership
 * in multicast groups.  In a private namespace with a veth pair sc0-sc1,
 * a socket joins ff02::1:5c on sc1; multicast sent out of sc0 (no local
 * loop) reaches sc1 and the socket.  Once it dropped the group, the next
 * datagram to it is not delivered: what the socket reads next is one sent
 * afterwards to a second group it still belongs to. */
#include "sc.h"
#include "icmp.h"
#include "links.h"
#include "mcast6.h"
#include <arpa/inet.h>
#include <poll.h>

SC_CASE(ipv6_membership_add_drop) = {
	.claim   = "after IPV6_ADD_MEMBERSHIP a socket receives the group's datagrams; after IPV6_DROP_MEMBERSHIP it no longer does",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_ADD_MEMBERSHIP: Control membership in multicast groups. Argument is a pointer to a struct ipv6_mreq"),
	.also    = { SC_SRC("man:ipv6(7)", "IPV6_DROP_MEMBERSHIP: Control membership in multicast groups. Argument is a pointer to a struct ipv6_mreq") },
	.kinds   = SC_UDP,
	.require = SC_INET6,
	.exclude = SC_MAPPED, /* IPv6 multicast: the mapped kind speaks IPv4 */
	.fixture = SC_FIX_NONE,
	.key     = "after_drop",
};

static void membership(int fd, int op, const char *group, int ifindex)
{
	struct ipv6_mreq m = { .ipv6mr_interface = (unsigned)ifindex };

	inet_pton(AF_INET6, group, &m.ipv6mr_multiaddr);
	SC_EXPECT_OK(setsockopt(fd, IPPROTO_IPV6, op, &m, sizeof m));
}

static void send_to(int fd, const char *group, int port, const char *what)
{
	struct sockaddr_in6 to = { .sin6_family = AF_INET6, .sin6_port = htons((uint16_t)port) };

	inet_pton(AF_INET6, group, &to.sin6_addr);
	SC_EXPECT_RET(sendto(fd, what, strlen(what), 0, (struct sockaddr *)&to, sizeof to), (long)strlen(what));
}

SC_TEST(ipv6_membership_add_drop)
{
	int i0, i1, r, s, port;
	char buf[16] = "";

	sc_veth_netns(&i0, &i1);
	sc_pin_cpu();
	sc_mc6_ends(P->kind, &r, &s);
	port = sc_port(r);
	SC_SETOPT(s, IPPROTO_IPV6, IPV6_MULTICAST_IF, i0);
	SC_SETOPT(s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, 0);
	membership(r, IPV6_ADD_MEMBERSHIP, "ff02::1:5c", i1);
	membership(r, IPV6_ADD_MEMBERSHIP, "ff02::1:5d", i1);
	send_to(s, "ff02::1:5c", port, "joined");
	sc_wait_fd(r, POLLIN, SC_WAIT_MS, "the datagram to the joined group");
	SC_EXPECT_RET(recv(r, buf, sizeof buf - 1, MSG_DONTWAIT), 6);
	SC_EXPECT(!strcmp(buf, "joined"), "received \"%s\"", buf);
	membership(r, IPV6_DROP_MEMBERSHIP, "ff02::1:5c", i1);
	send_to(s, "ff02::1:5c", port, "dropped");
	send_to(s, "ff02::1:5d", port, "still");
	sc_wait_fd(r, POLLIN, SC_WAIT_MS, "a datagram after the drop");
	memset(buf, 0, sizeof buf);
	SC_EXPECT_OK(recv(r, buf, sizeof buf - 1, MSG_DONTWAIT));
	sc_observe_str("after_drop", buf);
	SC_EXPECT(!strcmp(buf, "still"), "after IPV6_DROP_MEMBERSHIP the socket received \"%s\"", buf);
}
