/* udp(7): with MSG_DONTROUTE the destination must be a local interface
 * address and the packet goes only to that interface.  In a private
 * namespace one veth end holds 192.0.2.1/24 and 2001:db8:1::1/64, with a
 * route to 198.51.100.0/24 and 2001:db8:2::/64 through a gateway: a
 * loopback address is local, 192.0.2.2 is on the link but not local, and
 * 198.51.100.1 is reached only through the gateway. */
#include "sc.h"
#include "links.h"
#include <arpa/inet.h>
#include <poll.h>
#include <stdio.h>

SC_CASE(udp_msg_dontroute_local) = {
	.claim   = "sendto(MSG_DONTROUTE) delivers to a local interface address and refuses a destination that is not one",
	.source  = SC_SRC("man:udp(7)", "MSG_DONTROUTE local only: When the MSG_DONTROUTE flag is set on sending, the destination address must refer to a local interface address and the packet is sent only to that interface"),
	.kinds   = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "result",
};

enum { LOCAL, ON_LINK, GATEWAY };
static const struct where {
	SC_VARIANT_HEAD;
	int where;
	const char *v4, *v6;
} wheres[] = {
	{ .name = "local", .src = SC_SRC("man:udp(7)", "MSG_DONTROUTE local only: the destination address must refer to a local interface address"), .where = LOCAL },
	{ .name = "on_link", .src = SC_SRC("man:udp(7)", "MSG_DONTROUTE local only: the destination address must refer to a local interface address"), .where = ON_LINK, .v4 = "192.0.2.2", .v6 = "2001:db8:1::2" },
	{ .name = "via_gateway", .src = SC_SRC("man:udp(7)", "MSG_DONTROUTE local only: the packet is sent only to that interface"), .where = GATEWAY, .v4 = "198.51.100.1", .v6 = "2001:db8:2::1" },
};
SC_VARIANTS(wheres);

/* The destination as the kind writes it: mapped kinds use ::ffff:a.b.c.d. */
static void dest(const struct sc_pair *P, const char *v4, const char *v6, int port,
		 struct sockaddr_storage *ss, socklen_t *len)
{
	char text[64];

	memset(ss, 0, sizeof *ss);
	if (P->kind->domain == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)ss;

		in->sin_family = AF_INET;
		in->sin_port = htons((uint16_t)port);
		SC_REQUIRE(inet_pton(AF_INET, v4, &in->sin_addr) == 1, "bad address %s", v4);
		*len = sizeof *in;
		return;
	}
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;

	snprintf(text, sizeof text, "%s%s", P->kind->addr == SC_ADDR_MAPPED4 ? "::ffff:" : "",
		 P->kind->addr == SC_ADDR_MAPPED4 ? v4 : v6);
	in6->sin6_family = AF_INET6;
	in6->sin6_port = htons((uint16_t)port);
	SC_REQUIRE(inet_pton(AF_INET6, text, &in6->sin6_addr) == 1, "bad address %s", text);
	*len = sizeof *in6;
}

SC_TEST(udp_msg_dontroute_local)
{
	const struct where *V = P->variant;
	struct sockaddr_storage ra, to;
	socklen_t rl, tl;
	int i0, i1, r, s;
	struct sc_res res;
	char buf[8];

	sc_veth_netns(&i0, &i1);
	sc_link_addr(i0, AF_INET, "192.0.2.1", 24);
	sc_link_addr(i0, AF_INET6, "2001:db8:1::1", 64);
	sc_link_route(AF_INET, "198.51.100.0", 24, "192.0.2.254", 0);
	sc_link_route(AF_INET6, "2001:db8:2::", 64, "2001:db8:1::fe", 0);
	r = sc_bound_socket(P, &ra, &rl);
	/* Unbound: a socket bound to loopback may not leave through sc0. */
	s = sc_kind_socket(P->kind);
	if (V->where == LOCAL) {
		to = ra;
		tl = rl;
	} else {
		dest(P, V->v4, V->v6, sc_addr_port(&ra), &to, &tl);
	}
	res = SC_CALL(sendto(s, "dr", 2, MSG_DONTROUTE, (struct sockaddr *)&to, tl));
	sc_observe_str("result", res.ret < 0 ? sc_errname(res.err) : "sent");
	if (V->where == LOCAL) {
		sc_expect_ret(SC_HERE, "sendto(local address, MSG_DONTROUTE)", res, 2);
		sc_wait_fd(r, POLLIN, SC_WAIT_MS, "the datagram sent with MSG_DONTROUTE");
		SC_EXPECT_RET(recv(r, buf, sizeof buf, MSG_DONTWAIT), 2);
		return;
	}
	SC_EXPECT(res.ret < 0, "sendto(MSG_DONTROUTE) to %s, not a local interface address, was accepted",
		  P->kind->domain == AF_INET6 && P->kind->addr != SC_ADDR_MAPPED4 ? V->v6 : V->v4);
}
