/* socket(2): EINVAL, "unknown protocol, or protocol family not available".
 * An AF_UNIX socket asked for a protocol AF_UNIX does not have (99), and a
 * family number no kernel assigns (1000).  (Unknown protocols of AF_INET
 * make the kernel look for a module, which the suite does not provoke.) */
#include "sc.h"

SC_CASE(socket_einval_unknown) = {
	.claim   = "socket() with an unknown protocol or a family not available fails with EINVAL",
	.source  = SC_SRC("man:socket(2)", "EINVAL (1): Unknown protocol, or protocol family not available"),
	.kinds   = SC_UNIX,
	.require = SC_PLAIN, /* the kind gives the type only */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct what {
	SC_VARIANT_HEAD;
	int domain, protocol;
} whats[] = {
	{ .name = "protocol", .domain = AF_UNIX, .protocol = 99 },
	{ .name = "family", .domain = 1000, .protocol = 0 },
};
SC_VARIANTS(whats);

SC_TEST(socket_einval_unknown)
{
	const struct what *V = P->variant;
	struct sc_res r = SC_CALL(socket(V->domain, P->kind->type | SOCK_CLOEXEC, V->protocol));

	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "created");
	SC_EXPECT_ERRNO_RES(V->name, r, EINVAL);
}
