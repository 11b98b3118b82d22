/* unix(7) ESOCKTNOSUPPORT: socket(AF_UNIX) of a type the family does not
 * know (SOCK_RDM) fails with ESOCKTNOSUPPORT. */
#include "sc.h"

SC_CASE(unix_socket_type_esocktnosupport) = {
	.claim   = "socket(AF_UNIX, SOCK_RDM, 0) fails with ESOCKTNOSUPPORT",
	.source  = SC_SRC("man:unix(7)", "ESOCKTNOSUPPORT: Unknown socket type"),
	.only    = "unix_stream", /* the kind gives the family only */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(unix_socket_type_esocktnosupport)
{
	struct sc_res r = SC_CALL(sc_track(socket(AF_UNIX, SOCK_RDM, 0)));

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "created");
	sc_expect_fail(SC_HERE, "socket(AF_UNIX, SOCK_RDM, 0)", r, (const int[]){ ESOCKTNOSUPPORT }, 1);
}
