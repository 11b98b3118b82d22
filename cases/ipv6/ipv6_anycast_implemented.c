/* ipv6(7) lists anycast, "to address the nearest member of a group of
 * hosts", as not implemented in Linux.  In a private namespace whose veth
 * end sc0 holds 2001:db8:1::1/64, a socket joins the anycast address
 * 2001:db8:1::99 there (IPV6_JOIN_ANYCAST); the page expects that to fail,
 * or at least a datagram to the address not to be delivered. */
#include "sc.h"
#include "links.h"
#include <arpa/inet.h>
#include <poll.h>
#include <stdio.h>

SC_CASE(ipv6_anycast_implemented) = {
	.claim   = "Linux has no IPv6 anycast: an anycast address cannot be joined, or nothing sent to it arrives",
	.source  = SC_SRC("man:ipv6(7)", "no anycast: IPv6 supports several address types: unicast to address a single host, multicast to address a group of hosts, anycast to address the nearest member of a group of hosts (not implemented in Linux)"),
	.kinds   = SC_INET6,
	.require = SC_PLAIN | SC_DGRAM, /* one item: the address family's feature */
	.fixture = SC_FIX_NONE,
	.key     = "delivered",
};

/* Whether /proc/net/anycast6 lists the address (32 hex digits). */
static int listed(const struct in6_addr *a)
{
	char line[256], hex[33], want[33];
	int found = 0;
	FILE *f = fopen("/proc/net/anycast6", "re");

	for (int i = 0; i < 16; i++)
		snprintf(want + 2 * i, 3, "%02x", a->s6_addr[i]);
	while (f && !found && fgets(line, sizeof line, f))
		found = sscanf(line, "%*d %*s %32s", hex) == 1 && !strcmp(hex, want);
	if (f)
		fclose(f);
	return found;
}

SC_TEST(ipv6_anycast_implemented)
{
	struct sockaddr_in6 any = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_ANY_INIT };
	struct sockaddr_in6 to = { .sin6_family = AF_INET6 };
	struct ipv6_mreq m;
	int i0, i1, r, s, got = 0;
	struct sc_res j;
	char buf[8];

	sc_veth_netns(&i0, &i1);
	sc_link_addr(i0, AF_INET6, "2001:db8:1::1", 64);
	r = sc_socket(AF_INET6, SOCK_DGRAM, 0);
	s = sc_socket(AF_INET6, SOCK_DGRAM, 0);
	SC_REQUIRE_OK(bind(r, (struct sockaddr *)&any, sizeof any));
	inet_pton(AF_INET6, "2001:db8:1::99", &m.ipv6mr_multiaddr);
	m.ipv6mr_interface = (unsigned)i0;
	j = SC_CALL(setsockopt(r, IPPROTO_IPV6, IPV6_JOIN_ANYCAST, &m, sizeof m));
	sc_observe_str("join", j.ret < 0 ? sc_errname(j.err) : "joined");
	if (j.ret == 0) {
		sc_observe_int("listed", listed(&m.ipv6mr_multiaddr));
		to.sin6_addr = m.ipv6mr_multiaddr;
		to.sin6_port = htons((uint16_t)sc_port(r));
		SC_EXPECT_RET(sendto(s, "any", 3, 0, (struct sockaddr *)&to, sizeof to), 3);
		got = sc_poll(r, POLLIN, SC_WAIT_MS) & POLLIN;
		if (got)
			SC_EXPECT_RET(recv(r, buf, sizeof buf, MSG_DONTWAIT), 3);
	}
	sc_observe_int("delivered", !!got);
	SC_EXPECT(j.ret < 0 || !got, "a datagram sent to the joined anycast address 2001:db8:1::99 was delivered");
}
