/* An AF_UNIX pathname address is a file: binding to a path that exists
 * fails with EADDRINUSE, while its socket is open and after it is closed
 * (closing does not remove the file). */
#include "sc.h"

SC_CASE(bind_unix_path_exists) = {
	.claim   = "bind() to an AF_UNIX path that already exists fails with EADDRINUSE, even after the socket that created it is closed",
	.source  = SC_SRC("man:unix(7)", "EADDRINUSE: The specified local address is already in use or the filesystem socket object already exists"),
	.also    = { SC_SRC("man:bind(2)", "EADDRINUSE (1): The given address is already in use") },
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "errno_after_close",
};

SC_TEST(bind_unix_path_exists)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int first = sc_kind_socket(P->kind), second, third;
	struct sc_res r;

	sc_local_addr(P, &ss, &len);
	SC_REQUIRE_OK(bind(first, (struct sockaddr *)&ss, len));
	second = sc_kind_socket(P->kind);
	r = SC_CALL(bind(second, (struct sockaddr *)&ss, len));
	sc_observe_str("errno_while_open", r.ret < 0 ? sc_errname(r.err) : "none");
	sc_expect_fail(SC_HERE, "bind(second, path bound by an open socket)", r,
		       (const int[]){ EADDRINUSE }, 1);
	sc_close(&first);
	third = sc_kind_socket(P->kind);
	r = SC_CALL(bind(third, (struct sockaddr *)&ss, len));
	sc_observe_str("errno_after_close", r.ret < 0 ? sc_errname(r.err) : "none");
	sc_expect_fail(SC_HERE, "bind(third, path left by a closed socket)", r,
		       (const int[]){ EADDRINUSE }, 1);
}
