/* IPv6 multicast sockets across a veth pair. */
#include "mcast6.h"
#include <arpa/inet.h>

void sc_mc6_ends(const struct sc_kind *k, int *r, int *s)
{
	struct sockaddr_in6 any = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_ANY_INIT };

	*r = sc_kind_socket(k);
	*s = sc_kind_socket(k);
	SC_REQUIRE_OK(bind(*r, (struct sockaddr *)&any, sizeof any));
}

void sc_mc6_join(int r, const char *group, int ifindex, struct sockaddr_in6 *to)
{
	struct ipv6_mreq m;

	memset(to, 0, sizeof *to);
	to->sin6_family = AF_INET6;
	if (inet_pton(AF_INET6, group, &to->sin6_addr) != 1)
		sc_broken("not an IPv6 address: %s", group);
	to->sin6_port = htons((uint16_t)sc_port(r));
	m.ipv6mr_multiaddr = to->sin6_addr;
	m.ipv6mr_interface = (unsigned)ifindex;
	SC_REQUIRE_OK(setsockopt(r, IPPROTO_IPV6, IPV6_ADD_MEMBERSHIP, &m, sizeof m));
}
