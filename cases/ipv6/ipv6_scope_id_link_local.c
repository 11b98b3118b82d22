/* ipv6(7): Linux supports sin6_scope_id only for link-local addresses,
 * and then it holds the interface index.  A socket bound to the link-local
 * address of the veth end sc0 (private namespace) reports that interface's
 * index in getsockname(), and sees its peer's link-local address with the
 * same index; addresses of other scopes (::1) carry scope id 0. */
#include "sc.h"
#include "links.h"
#include <poll.h>

SC_CASE(ipv6_scope_id_link_local) = {
	.claim   = "the sockaddr_in6 of a link-local address carries the interface index in sin6_scope_id; a loopback (::1) one carries 0",
	.source  = SC_SRC("man:ipv6(7)", "scope id for link-local: Linux supports it only for link-local addresses, in that case sin6_scope_id contains the interface index"),
	.kinds   = SC_INET6,
	.exclude = SC_RECIPE, /* the case makes its own sockets */
	.fixture = SC_FIX_NONE,
	.key     = "scope_id",
};

static unsigned scope_of(const struct sockaddr_storage *ss)
{
	return ((const struct sockaddr_in6 *)ss)->sin6_scope_id;
}

SC_TEST(ipv6_scope_id_link_local)
{
	const struct sc_kind *k = P->kind;
	struct sockaddr_in6 ll = { .sin6_family = AF_INET6 }, lo = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	struct sockaddr_storage name, from;
	socklen_t nl = sizeof name, fl = sizeof from, l = sizeof ll;
	int i0, i1, s, c, peer;
	char b;

	sc_veth_netns(&i0, &i1);
	SC_REQUIRE(sc_link_local("sc0", &ll.sin6_addr) == 0, "sc0 has no link-local address");
	ll.sin6_scope_id = (unsigned)i0;
	s = sc_socket(k->domain, k->type, k->protocol);
	c = sc_socket(k->domain, k->type, k->protocol);
	SC_REQUIRE_OK(bind(s, (struct sockaddr *)&ll, sizeof ll));
	SC_EXPECT_OK(getsockname(s, (struct sockaddr *)&name, &nl));
	sc_observe_int("scope_id", scope_of(&name));
	SC_EXPECT_EQ(scope_of(&name), i0);
	SC_REQUIRE_OK(getsockname(s, (struct sockaddr *)&ll, &l));
	if (k->type == SOCK_STREAM)
		SC_REQUIRE_OK(listen(s, 1));
	SC_REQUIRE_OK(connect(c, (struct sockaddr *)&ll, sizeof ll));
	SC_REQUIRE_OK(send(c, "s", 1, 0));
	if (k->type == SOCK_STREAM) {
		sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the connection");
		peer = sc_track(accept(s, (struct sockaddr *)&from, &fl));
		SC_REQUIRE(peer >= 0, "accept failed: %s", sc_errname(errno));
	} else {
		sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the datagram");
		SC_EXPECT_RET(recvfrom(s, &b, 1, MSG_DONTWAIT, (struct sockaddr *)&from, &fl), 1);
	}
	sc_observe_int("peer_scope_id", scope_of(&from));
	SC_EXPECT_EQ(scope_of(&from), i0);
	/* Not link-local: no scope id, whatever was passed in. */
	s = sc_socket(k->domain, k->type, k->protocol);
	lo.sin6_scope_id = (unsigned)i0;
	SC_REQUIRE_OK(bind(s, (struct sockaddr *)&lo, sizeof lo));
	nl = sizeof name;
	SC_EXPECT_OK(getsockname(s, (struct sockaddr *)&name, &nl));
	sc_observe_int("loopback_scope_id", scope_of(&name));
	SC_EXPECT_EQ(scope_of(&name), 0);
}
