/* getsockopt(2) EINVAL: optlen invalid in setsockopt() (shorter than the
 * option's int, or negative); or, for some options, an invalid value
 * (IP_ADD_MEMBERSHIP with a group that is not a multicast address). */
#include "sc.h"
#include <arpa/inet.h>

SC_CASE(getsockopt_einval) = {
	.claim  = "setsockopt() with an invalid optlen, or an invalid value for IP_ADD_MEMBERSHIP, fails with EINVAL",
	.source = SC_SRC("man:getsockopt(2)", "EINVAL: optlen invalid in setsockopt()"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key    = "errno",
};

enum how { SHORT, NEGATIVE, MEMBERSHIP };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "optlen_short", .how = SHORT },
	{ .name = "optlen_negative", .how = NEGATIVE },
	{ .name = "ip_add_membership", .how = MEMBERSHIP, .kinds = SC_UDP,
	  .src = SC_SRC("man:getsockopt(2)", "EINVAL: In some cases this error can also occur for an invalid value in optval (e.g., for the IP_ADD_MEMBERSHIP option described in ip(7))") },
};
SC_VARIANTS(variants);

SC_TEST(getsockopt_einval)
{
	const struct variant *V = P->variant;
	int fd = sc_kind_socket(P->kind), v = 65536;
	struct ip_mreq mr = { 0 };
	struct sc_res r;

	switch (V->how) {
	case SHORT:
		r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, 2));
		break;
	case NEGATIVE:
		r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, (socklen_t)-1));
		break;
	default:
		/* 127.0.0.1 is not a multicast group. */
		mr.imr_multiaddr.s_addr = htonl(INADDR_LOOPBACK);
		mr.imr_interface.s_addr = htonl(INADDR_ANY);
		r = SC_CALL(setsockopt(fd, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mr, sizeof mr));
		break;
	}
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "0");
	SC_EXPECT_ERRNO_RES(V->name, r, EINVAL);
}
