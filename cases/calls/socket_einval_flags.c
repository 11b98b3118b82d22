/* socket(2): EINVAL, "invalid flags in type": a bit above the type other
 * than SOCK_NONBLOCK and SOCK_CLOEXEC makes socket() fail. */
#include "sc.h"

SC_CASE(socket_einval_flags) = {
	.claim   = "socket() with a flag in type other than SOCK_NONBLOCK and SOCK_CLOEXEC fails with EINVAL",
	.source  = SC_SRC("man:socket(2)", "EINVAL (2): Invalid flags in type"),
	.kinds   = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

/* Above the type bits, neither O_NONBLOCK nor O_CLOEXEC. */
#define NO_SUCH_FLAG 0x40000000

SC_TEST(socket_einval_flags)
{
	const struct sc_kind *k = P->kind;
	int probe = sc_kind_socket(k);   /* a kind this kernel lacks ends here */
	struct sc_res r;

	sc_close(&probe);
	r = SC_CALL(socket(k->domain, k->type | NO_SUCH_FLAG, k->protocol));
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "created");
	SC_EXPECT_ERRNO_RES("socket(type | 0x40000000)", r, EINVAL);
}
