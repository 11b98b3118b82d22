/* ip(7): IP_HDRINCL, IP_NODEFRAG and IP_ROUTER_ALERT are valid only for
 * raw sockets: a raw socket takes each, a socket of any other kind is
 * refused. */
#include "sc.h"

SC_CASE(ip_raw_only_options) = {
	.claim   = "setsockopt of a raw-only IP option succeeds on a SOCK_RAW socket and fails on this kind",
	.source  = SC_SRC("man:ip(7)", "IP_HDRINCL: Valid only for SOCK_RAW sockets"),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct opt {
	SC_VARIANT_HEAD;
	int opt;
} opts[] = {
	{ .name = "IP_HDRINCL", .opt = IP_HDRINCL },
	{ .name = "IP_NODEFRAG", .opt = IP_NODEFRAG,
	  .src = SC_SRC("man:ip(7)", "IP_NODEFRAG: This option is valid only for SOCK_RAW sockets.") },
	{ .name = "IP_ROUTER_ALERT", .opt = IP_ROUTER_ALERT,
	  .src = SC_SRC("man:ip(7)", "IP_ROUTER_ALERT: Valid only for raw sockets.") },
};
SC_VARIANTS(opts);

SC_TEST(ip_raw_only_options)
{
	const struct opt *V = P->variant;
	int one = 1, raw, fd;
	struct sc_res r;

	sc_private_netns();	/* a raw socket of the item's own namespace */
	raw = socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_UDP);
	if (raw < 0)
		sc_unsupported("socket(AF_INET, SOCK_RAW) failed: %s", sc_errname(errno));
	sc_track(raw);
	SC_EXPECT_OK(setsockopt(raw, IPPROTO_IP, V->opt, &one, sizeof one));
	fd = sc_kind_socket(P->kind);
	r = SC_CALL(setsockopt(fd, IPPROTO_IP, V->opt, &one, sizeof one));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "accepted");
	SC_EXPECT(r.ret < 0, "setsockopt(%s) on a %s socket succeeded", V->name, P->kind->name);
}
