/* unix(7) ECONNREFUSED: connect(2) to an address whose socket is not
 * listening, or to a pathname that is not a socket, fails with
 * ECONNREFUSED. */
#include "sc.h"
#include <stdio.h>

SC_CASE(unix_connect_econnrefused) = {
	.claim   = "connect() to a socket that is not listening, or to a path that is not a socket, fails with ECONNREFUSED",
	.source  = SC_SRC("man:unix(7)", "ECONNREFUSED: The remote address specified by connect(2) was not a listening socket. This error can also occur if the target pathname is not a socket"),
	.kinds   = SC_UNIX,
	.exclude = SC_SOCKETPAIR, /* the case makes its own addresses */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct target {
	SC_VARIANT_HEAD;
} targets[] = {
	{ .name = "not_listening", .kinds = SC_CONNECTED },
	{ .name = "not_a_socket", .kinds = SC_PATHNAME },
};
SC_VARIANTS(targets);

SC_TEST(unix_connect_econnrefused)
{
	const struct sc_variant *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r;
	int c;

	if (!strcmp(V->name, "not_listening")) {
		sc_bound_socket(P, &ss, &len);
	} else {
		struct sockaddr_un *un = (struct sockaddr_un *)&ss;
		int f;

		sc_local_addr(P, &ss, &len);
		f = SC_REQUIRE_OK(open(un->sun_path, O_CREAT | O_WRONLY | O_CLOEXEC, 0666));
		close(f);
	}
	c = sc_kind_socket(P->kind);
	r = SC_CALL(connect(c, (struct sockaddr *)&ss, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	sc_expect_fail(SC_HERE, V->name[4] == 'l' ? "connect(a bound socket that is not listening)"
						  : "connect(a regular file)", r,
		       (const int[]){ ECONNREFUSED }, 1);
}
