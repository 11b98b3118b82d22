/* unix(7) ENOENT: connect(2) to a pathname that does not exist fails with
 * ENOENT. */
#include "sc.h"

SC_CASE(unix_connect_enoent) = {
	.claim   = "connect() to an AF_UNIX pathname that does not exist fails with ENOENT",
	.source  = SC_SRC("man:unix(7)", "ENOENT: The pathname in the remote address specified to connect(2) did not exist"),
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(unix_connect_enoent)
{
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r;

	sc_local_addr(P, &ss, &len);
	r = SC_CALL(connect(sc_kind_socket(P->kind), (struct sockaddr *)&ss, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	sc_expect_fail(SC_HERE, "connect(a path that does not exist)", r, (const int[]){ ENOENT }, 1);
}
