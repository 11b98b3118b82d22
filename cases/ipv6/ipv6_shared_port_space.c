/* ipv6(7): IPv4 and IPv6 share the local port space: while an AF_INET
 * socket holds a port, a dual-stack AF_INET6 socket cannot bind the same
 * port on the wildcard address, nor on the IPv4 address written mapped. */
#include "sc.h"
#include <arpa/inet.h>

SC_CASE(ipv6_shared_port_space) = {
	.claim   = "a port an AF_INET socket is bound to cannot be bound by a dual-stack AF_INET6 socket (EADDRINUSE)",
	.source  = SC_SRC("man:ipv6(7)", "shared port space: IPv4 and IPv6 share the local port space"),
	.kinds   = SC_INET6,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "bind_errno",
};

static const struct addr {
	SC_VARIANT_HEAD;
	uint32_t v4;
	const char *v6;
} addrs[] = {
	{ .name = "wildcard", .src = SC_SRC("man:ipv6(7)", "shared port space: IPv4 and IPv6 share the local port space"), .v4 = INADDR_ANY, .v6 = "::" },
	{ .name = "mapped", .src = SC_SRC("man:ipv6(7)", "shared port space: IPv4 and IPv6 share the local port space"), .v4 = INADDR_LOOPBACK, .v6 = "::ffff:127.0.0.1" },
};
SC_VARIANTS(addrs);

SC_TEST(ipv6_shared_port_space)
{
	const struct addr *V = P->variant;
	const struct sc_kind *k = P->kind;
	struct sockaddr_in a4 = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(V->v4) };
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6 };
	socklen_t l = sizeof a4;
	int s4 = sc_socket(AF_INET, k->type, k->protocol), s6 = sc_kind_socket(k), off = 0;
	struct sc_res r;

	SC_REQUIRE_OK(setsockopt(s6, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off));
	SC_REQUIRE_OK(bind(s4, (struct sockaddr *)&a4, sizeof a4));
	SC_REQUIRE_OK(getsockname(s4, (struct sockaddr *)&a4, &l));
	inet_pton(AF_INET6, V->v6, &a6.sin6_addr);
	a6.sin6_port = a4.sin_port;
	r = SC_CALL(bind(s6, (struct sockaddr *)&a6, sizeof a6));
	sc_observe_str("bind_errno", r.ret < 0 ? sc_errname(r.err) : "bound");
	sc_expect_fail(SC_HERE, "bind(AF_INET6, the AF_INET socket's port)", r, (const int[]){ EADDRINUSE }, 1);
}
