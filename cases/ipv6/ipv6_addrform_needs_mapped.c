/* ipv6(7) IPV6_ADDRFORM is allowed only for IPv6 sockets that are
 * connected and bound to a v4-mapped address: one connected to an IPv6
 * peer, or bound to a mapped address but not connected, is refused and
 * stays AF_INET6. */
#include "sc.h"
#include <arpa/inet.h>

SC_CASE(ipv6_addrform_needs_mapped) = {
	.claim   = "IPV6_ADDRFORM fails on a socket connected to an IPv6 peer and on an unconnected one; both stay AF_INET6",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_ADDRFORM: It is allowed only for IPv6 sockets that are connected and bound to a v4-mapped-on-v6 address"),
	.kinds   = SC_INET6,
	.exclude = SC_RECIPE, /* the case makes its own sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct state {
	SC_VARIANT_HEAD;
	int connected;
} states[] = {
	{ .name = "ipv6_peer", .src = SC_SRC("man:ipv6(7)", "IPV6_ADDRFORM: It is allowed only for IPv6 sockets that are connected and bound to a v4-mapped-on-v6 address"), .connected = 1 },
	{ .name = "unconnected", .src = SC_SRC("man:ipv6(7)", "IPV6_ADDRFORM: It is allowed only for IPv6 sockets that are connected and bound to a v4-mapped-on-v6 address") },
};
SC_VARIANTS(states);

SC_TEST(ipv6_addrform_needs_mapped)
{
	const struct state *V = P->variant;
	struct sc_res r;
	int fd, off = 0;

	if (V->connected) {
		sc_make_pair(P);
		fd = P->a;
	} else {
		struct sockaddr_in6 a = { .sin6_family = AF_INET6 };

		fd = sc_kind_socket(P->kind);
		SC_REQUIRE_OK(setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off));
		inet_pton(AF_INET6, "::ffff:127.0.0.1", &a.sin6_addr);
		SC_REQUIRE_OK(bind(fd, (struct sockaddr *)&a, sizeof a));
	}
	r = SC_CALL(setsockopt(fd, IPPROTO_IPV6, IPV6_ADDRFORM, &(int){ AF_INET }, sizeof(int)));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "converted");
	SC_EXPECT(r.ret < 0, "IPV6_ADDRFORM converted a socket that is not connected to a v4-mapped peer");
	SC_EXPECT_EQ(sc_sockopt_int(fd, SO_DOMAIN), AF_INET6);
}
