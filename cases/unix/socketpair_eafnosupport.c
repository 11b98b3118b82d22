/* socketpair(2) EAFNOSUPPORT: a family this machine does not support
 * fails with EAFNOSUPPORT. */
#include "sc.h"

SC_CASE(socketpair_eafnosupport) = {
	.claim   = "socketpair() with an address family the machine does not know fails with EAFNOSUPPORT",
	.source  = SC_SRC("man:socketpair(2)", "EAFNOSUPPORT: The specified address family is not supported on this machine."),
	.only    = "unix_stream_pair", /* the kind gives the type only */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

/* Far above any family number Linux assigns. */
#define NO_SUCH_FAMILY 1000

SC_TEST(socketpair_eafnosupport)
{
	int sv[2] = { -1, -1 };
	struct sc_res r = SC_CALL(socketpair(NO_SUCH_FAMILY, P->kind->type, 0, sv));

	if (r.ret == 0) {
		sc_track(sv[0]);
		sc_track(sv[1]);
	}
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "created");
	sc_expect_fail(SC_HERE, "socketpair(1000, SOCK_STREAM, 0)", r, (const int[]){ EAFNOSUPPORT }, 1);
}
