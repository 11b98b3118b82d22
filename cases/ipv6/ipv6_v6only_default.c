/* ipv6(7) IPV6_V6ONLY: a new socket's flag is the value of
 * /proc/sys/net/ipv6/bindv6only, whose own default is 0.  Read on the
 * host, then in a fresh network namespace (the file's default), and there
 * set to 1: a new AF_INET6 socket bound to [::]:P then leaves port P free
 * for an AF_INET socket, which only an IPv6-only socket does. */
#include "sc.h"

SC_CASE(ipv6_v6only_default) = {
	.claim   = "a new AF_INET6 socket's IPV6_V6ONLY is net.ipv6.bindv6only (default 0); with it set to 1 new sockets are IPv6-only",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_V6ONLY: The default value for this flag is defined by the contents of the file /proc/sys/net/ipv6/bindv6only. The default value for that file is 0 (false)"),
	.kinds   = SC_INET6,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "fresh_bindv6only",
};

/* Bind an AF_INET6 socket to [::]:0, then an AF_INET one to its port. */
static struct sc_res v4_after_v6(const struct sc_kind *k)
{
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_ANY_INIT };
	struct sockaddr_in a4 = { .sin_family = AF_INET };
	socklen_t l = sizeof a6;
	int s6 = sc_socket(k->domain, k->type, k->protocol), s4 = sc_socket(AF_INET, k->type, k->protocol);

	SC_REQUIRE_OK(bind(s6, (struct sockaddr *)&a6, sizeof a6));
	SC_REQUIRE_OK(getsockname(s6, (struct sockaddr *)&a6, &l));
	a4.sin_port = a6.sin6_port;
	return SC_CALL(bind(s4, (struct sockaddr *)&a4, sizeof a4));
}

SC_TEST(ipv6_v6only_default)
{
	const struct sc_kind *k = P->kind;
	long host = sc_sysctl_or_unsupported("net/ipv6/bindv6only", 0), fresh;
	int fd = sc_socket(k->domain, k->type, k->protocol);
	struct sc_res r;

	sc_observe_int("host_bindv6only", host);
	SC_EXPECT_EQ(sc_getopt_int(fd, IPPROTO_IPV6, IPV6_V6ONLY), host);
	sc_close(&fd);
	sc_private_netns();
	fresh = sc_sysctl("net/ipv6/bindv6only", 0);
	sc_observe_int("fresh_bindv6only", fresh);
	SC_EXPECT_EQ(fresh, 0);
	fd = sc_socket(k->domain, k->type, k->protocol);
	SC_EXPECT_EQ(sc_getopt_int(fd, IPPROTO_IPV6, IPV6_V6ONLY), 0);
	sc_sysctl_set("net/ipv6/bindv6only", "1");
	fd = sc_socket(k->domain, k->type, k->protocol);
	SC_EXPECT_EQ(sc_getopt_int(fd, IPPROTO_IPV6, IPV6_V6ONLY), 1);
	r = v4_after_v6(k);
	sc_observe_str("v4_bind_beside", r.ret < 0 ? sc_errname(r.err) : "bound");
	sc_expect_ok(SC_HERE, "bind(AF_INET, the IPv6-only socket's port)", r);
}
