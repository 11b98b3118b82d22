/* shutdown(2): an invalid value of how (3, the first past SHUT_RDWR) makes
 * shutdown() fail with EINVAL, and the connection stays as it was (a byte
 * still crosses).  BUGS: UNIX domain sockets ignored invalid values until
 * Linux 3.7, which fixed it. */
#include "sc.h"

SC_CASE(shutdown_invalid_how) = {
	.claim   = "shutdown() with an invalid how fails with EINVAL and shuts nothing down",
	.source  = SC_SRC("man:shutdown(2)", "EINVAL: An invalid value was specified in how"),
	.kinds   = SC_CONNECTED | SC_DGRAM,
	.key     = "errno",
};

static const struct how {
	SC_VARIANT_HEAD;
	int how;
} hows[] = {
	/* the families other than AF_UNIX */
	{ .name = "how3", .src = SC_SRC("man:shutdown(2)", "EINVAL: An invalid value was specified in how"), .kinds = SC_IP | SC_VSOCK | SC_TIPC, .how = 3 },
	{ .name = "unix_how3", .src = SC_SRC("man:shutdown(2)", "UNIX domain checks how: This problem was fixed for UNIX domain sockets in Linux 3.7"), .kinds = SC_UNIX, .how = 3 },
};
SC_VARIANTS(hows);

SC_TEST(shutdown_invalid_how)
{
	const struct how *V = P->variant;
	struct sc_res r = SC_CALL(shutdown(P->a, V->how));

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "accepted");
	SC_EXPECT_ERRNO_RES("shutdown(how invalid)", r, EINVAL);
	sc_expect_no_fin(P->a, P->b);
}
