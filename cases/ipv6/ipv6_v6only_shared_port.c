/* ipv6(7) IPV6_V6ONLY: with the flag set, an IPv4 and an IPv6 socket can
 * bind the same port at the same time, both on the wildcard address.  The
 * item owns a private network namespace, so no IPv6 socket of another
 * item holds the port the IPv4 socket got. */
#include "sc.h"

SC_CASE(ipv6_v6only_shared_port) = {
	.claim   = "an AF_INET6 socket with IPV6_V6ONLY set binds [::]:P while an AF_INET socket holds 0.0.0.0:P",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_V6ONLY: If this flag is set to true (nonzero), then the socket is restricted to sending and receiving IPv6 packets only. In this case, an IPv4 and an IPv6 application can bind to a single port at the same time"),
	.kinds   = SC_INET6,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "v6_bind",
};

SC_TEST(ipv6_v6only_shared_port)
{
	const struct sc_kind *k = P->kind;
	struct sockaddr_in a4 = { .sin_family = AF_INET };
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_ANY_INIT };
	socklen_t l = sizeof a4;
	int s4, s6;
	struct sc_res r;

	sc_private_netns();
	s4 = sc_socket(AF_INET, k->type, k->protocol);
	s6 = sc_kind_socket(k);
	SC_SETOPT(s6, IPPROTO_IPV6, IPV6_V6ONLY, 1);
	SC_REQUIRE_OK(bind(s4, (struct sockaddr *)&a4, sizeof a4));
	SC_REQUIRE_OK(getsockname(s4, (struct sockaddr *)&a4, &l));
	a6.sin6_port = a4.sin_port;
	r = SC_CALL(bind(s6, (struct sockaddr *)&a6, sizeof a6));
	sc_observe_str("v6_bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	sc_expect_ok(SC_HERE, "bind(IPv6-only, [::]:the AF_INET socket's port)", r);
	SC_EXPECT_EQ(sc_port(s6), ntohs(a4.sin_port));
}
