/* ip(7): an invalid socket option makes getsockopt and setsockopt fail
 * with ENOPROTOOPT; the ERRORS list allows EOPNOTSUPP too.  Option 127
 * at level IPPROTO_IP is no option of Linux. */
#include "sc.h"

SC_CASE(ip_unknown_option) = {
	.claim   = "getsockopt and setsockopt of an option the IP level does not know fail with ENOPROTOOPT",
	.source  = SC_SRC("man:ip(7)", "unknown option ENOPROTOOPT: When an invalid socket option is specified, getsockopt(2) and setsockopt(2) fail with the error ENOPROTOOPT."),
	.also    = { SC_SRC("man:ip(7)", "ENOPROTOOPT: Invalid socket option passed."),
		     SC_SRC("man:ip(7)", "EOPNOTSUPP: Invalid socket option passed.") },
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct call {
	SC_VARIANT_HEAD;
	int set;
} calls[] = {
	{ .name = "getsockopt", .set = 0 },
	{ .name = "setsockopt", .set = 1 },
};
SC_VARIANTS(calls);

SC_TEST(ip_unknown_option)
{
	const struct call *V = P->variant;
	int fd = sc_kind_socket(P->kind), v = 1;
	socklen_t len = sizeof v;
	struct sc_res r = V->set ? SC_CALL(setsockopt(fd, IPPROTO_IP, 127, &v, sizeof v))
				 : SC_CALL(getsockopt(fd, IPPROTO_IP, 127, &v, &len));

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "accepted");
	SC_EXPECT_ERRNO_RES(V->set ? "setsockopt(IPPROTO_IP, 127)" : "getsockopt(IPPROTO_IP, 127)", r, ENOPROTOOPT);
}
