/* getsockopt(2) ENOPROTOOPT: an option unknown at the level given. */
#include "sc.h"

SC_CASE(getsockopt_enoprotoopt) = {
	.claim  = "getsockopt() and setsockopt() of an option unknown at SOL_SOCKET fail with ENOPROTOOPT",
	.source = SC_SRC("man:getsockopt(2)", "ENOPROTOOPT: The option is unknown at the level indicated"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key    = "errno",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int set;
} variants[] = {
	{ .name = "getsockopt", .set = 0 },
	{ .name = "setsockopt", .set = 1 },
};
SC_VARIANTS(variants);

/* No SOL_SOCKET option has this number. */
#define UNKNOWN 9999

SC_TEST(getsockopt_enoprotoopt)
{
	const struct variant *V = P->variant;
	int fd = sc_kind_socket(P->kind), v = 1;
	socklen_t len = sizeof v;
	struct sc_res r;

	if (V->set)
		r = SC_CALL(setsockopt(fd, SOL_SOCKET, UNKNOWN, &v, sizeof v));
	else
		r = SC_CALL(getsockopt(fd, SOL_SOCKET, UNKNOWN, &v, &len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "0");
	SC_EXPECT_ERRNO_RES(V->set ? "setsockopt(SOL_SOCKET, 9999)" : "getsockopt(SOL_SOCKET, 9999)", r, ENOPROTOOPT);
}
