/* ip(7): getsockopt(IP_MTU) on a connected socket returns the known path
 * MTU, an integer: the MTU of lo, set to 1400 in the item's namespace.
 * It is valid only for getsockopt and only once the socket is
 * connected. */
#include "sc.h"
#include "ip4.h"
#include "links.h"

SC_CASE(ip_mtu_path) = {
	.claim   = "getsockopt(IP_MTU) on a connected socket returns the path MTU (the link's 1400)",
	.source  = SC_SRC("man:ip(7)", "IP_MTU: Retrieve the current known path MTU of the current socket. Returns an integer."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 paths */
	.fixture = SC_FIX_NONE,
	.key     = "ip_mtu",
};

enum { CONNECTED, UNCONNECTED, SET };
static const struct use {
	SC_VARIANT_HEAD;
	int which;
} uses[] = {
	{ .name = "connected", .which = CONNECTED },
	{ .name = "unconnected", .which = UNCONNECTED,
	  .src = SC_SRC("man:ip(7)", "IP_MTU: can be employed only when the socket has been connected.") },
	{ .name = "setsockopt", .which = SET,
	  .src = SC_SRC("man:ip(7)", "IP_MTU: IP_MTU is valid only for getsockopt(2)") },
};
SC_VARIANTS(uses);

SC_TEST(ip_mtu_path)
{
	const struct use *V = P->variant;
	int mtu = -1, v = 1400;
	socklen_t len = sizeof mtu;

	sc_private_netns();
	sc_link_set_mtu("lo", 1400);
	if (V->which == UNCONNECTED) {
		int fd = sc_kind_socket(P->kind);
		struct sc_res r = SC_CALL(getsockopt(fd, IPPROTO_IP, IP_MTU, &mtu, &len));

		if (r.ret < 0 && r.err == EOPNOTSUPP)
			sc_unsupported("getsockopt(IP_MTU) on %s: EOPNOTSUPP: this kind lacks the option",
				       P->kind->name);
		SC_EXPECT_ERRNO_RES("getsockopt(IP_MTU) on a socket never connected", r, ENOTCONN);
		return;
	}
	sc_make_pair(P);
	if (V->which == SET) {
		SC_EXPECT_ERRNO(setsockopt(P->a, IPPROTO_IP, IP_MTU, &v, sizeof v), ENOPROTOOPT);
		return;
	}
	struct sc_res r = SC_CALL(getsockopt(P->a, IPPROTO_IP, IP_MTU, &mtu, &len));

	if (r.ret < 0 && (r.err == EOPNOTSUPP || r.err == ENOPROTOOPT))
		sc_unsupported("getsockopt(IP_MTU) on %s: %s: this kind lacks the option",
			       P->kind->name, sc_errname(r.err));
	if (r.ret < 0)
		sc_observe_str("errno", sc_errname(r.err));
	SC_EXPECT_OK_RES("getsockopt(IP_MTU) on a connected socket", r);
	sc_observe_int("ip_mtu", mtu);
	SC_EXPECT_EQ(len, sizeof(int));
	SC_EXPECT_EQ(mtu, 1400);
}
