/* ipv6(7) restricts some options to socket types: IPV6_RECVPKTINFO, the
 * IPV6_FLOWINFO delivery option and IPV6_MULTICAST_IF to SOCK_DGRAM and
 * SOCK_RAW, IPV6_ROUTER_ALERT to SOCK_RAW.  Setting one on a socket of
 * another type is refused. */
#include "sc.h"
#include "cmsg.h"

SC_CASE(ipv6_option_socket_types) = {
	.claim   = "setsockopt of an IPv6 option the page allows only for other socket types fails",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_RECVPKTINFO: Allowed only for SOCK_DGRAM or SOCK_RAW sockets"),
	.kinds   = SC_INET6,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "result",
};

static const struct opt {
	SC_VARIANT_HEAD;
	int opt, value;
} opts[] = {
	{ .name = "recvpktinfo", .src = SC_SRC("man:ipv6(7)", "IPV6_RECVPKTINFO: Allowed only for SOCK_DGRAM or SOCK_RAW sockets"),
	  .kinds = SC_STREAM, .opt = IPV6_RECVPKTINFO, .value = 1 },
	{ .name = "flowinfo", .src = SC_SRC("man:ipv6(7)", "IPV6_FLOWINFO: Allowed only for SOCK_DGRAM or SOCK_RAW sockets"),
	  .kinds = SC_STREAM, .opt = IPV6_FLOWINFO, .value = 1 },
	{ .name = "multicast_if", .src = SC_SRC("man:ipv6(7)", "IPV6_MULTICAST_IF: This is allowed only for SOCK_DGRAM and SOCK_RAW socket"),
	  .kinds = SC_STREAM, .opt = IPV6_MULTICAST_IF, .value = 1 },
	{ .name = "router_alert", .src = SC_SRC("man:ipv6(7)", "IPV6_ROUTER_ALERT: Allowed only for SOCK_RAW sockets"),
	  .kinds = SC_STREAM | SC_DGRAM, .opt = IPV6_ROUTER_ALERT, .value = 1 },
};
SC_VARIANTS(opts);

SC_TEST(ipv6_option_socket_types)
{
	const struct opt *V = P->variant;
	int fd = sc_kind_socket(P->kind);
	struct sc_res r = SC_CALL(setsockopt(fd, IPPROTO_IPV6, V->opt, &V->value, sizeof V->value));

	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "accepted");
	SC_EXPECT(r.ret < 0, "setsockopt(%s) was accepted on a %s socket", V->name,
		  P->kind->type == SOCK_STREAM ? "SOCK_STREAM" : "SOCK_DGRAM");
}
