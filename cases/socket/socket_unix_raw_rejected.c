/* unix(7) names the valid AF_UNIX socket types as SOCK_STREAM, SOCK_DGRAM
 * and SOCK_SEQPACKET, so socket(AF_UNIX, SOCK_RAW, 0) is refused. */
#include "sc.h"

SC_CASE(socket_unix_raw_rejected) = {
	.claim   = "AF_UNIX supports only SOCK_STREAM, SOCK_DGRAM and SOCK_SEQPACKET: socket(AF_UNIX, SOCK_RAW, 0) fails",
	.source  = SC_SRC("man:unix(7)", "socket types: Valid socket types in the UNIX domain are: SOCK_STREAM ...; SOCK_DGRAM ...; and SOCK_SEQPACKET"),
	.only    = "unix_dgram", /* the kind gives the family only */
	.fixture = SC_FIX_NONE,
	.key     = "result",
};

SC_TEST(socket_unix_raw_rejected)
{
	struct sc_res r = SC_CALL(socket(P->kind->domain, SOCK_RAW, 0));
	int v = -1;
	socklen_t len = sizeof v;

	sc_track((int)r.ret);
	if (r.ret >= 0 && getsockopt((int)r.ret, SOL_SOCKET, SO_TYPE, &v, &len) == 0)
		sc_observe_int("so_type", v);
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "created");
	sc_expect_fail(SC_HERE, "socket(AF_UNIX, SOCK_RAW, 0)", r,
		       (const int[]){ ESOCKTNOSUPPORT, EPROTONOSUPPORT, EINVAL }, 3);
}
