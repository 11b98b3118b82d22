/* socket() with a family the system does not know fails: -1 with errno
 * EAFNOSUPPORT. */
#include "sc.h"

SC_CASE(socket_invalid_family) = {
	.claim   = "socket() with an unsupported address family returns -1 with errno EAFNOSUPPORT",
	.source  = SC_SRC("posix", "socket(): ERRORS: [EAFNOSUPPORT] The implementation does not support the specified address family"),
	.also    = { SC_SRC("seed", "使用 socket() 函数创建套接字: 失败返回 -1") },
	.kinds   = SC_INET,
	.require = SC_PLAIN, /* the kind gives the type only */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

/* Far above any family number Linux or POSIX assigns. */
#define NO_SUCH_FAMILY 1000

SC_TEST(socket_invalid_family)
{
	struct sc_res r = SC_CALL(socket(NO_SUCH_FAMILY, P->kind->type, 0));

	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "none");
	sc_expect_fail(SC_HERE, "socket(1000, type, 0)", r, (const int[]){ EAFNOSUPPORT }, 1);
}
