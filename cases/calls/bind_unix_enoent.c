/* bind(2), errors of AF_UNIX sockets: ENOENT, a component of the
 * directory prefix does not exist.  bind() to missing/sock fails. */
#include "sc.h"
#include <stdio.h>
#include <sys/stat.h>

SC_CASE(bind_unix_enoent) = {
	.claim   = "AF_UNIX bind() to a path whose directory prefix does not exist fails with ENOENT",
	.source  = SC_SRC("man:bind(2)", "ENOENT: A component in the directory prefix of the socket pathname does not exist"),
	.kinds   = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(bind_unix_enoent)
{
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	char path[160];
	int fd = sc_kind_socket(P->kind);
	struct sc_res r;

	snprintf(path, sizeof path, "%s/missing/sock", P->dir);
	if ((size_t)snprintf(un.sun_path, sizeof un.sun_path, "%s", path) >= sizeof un.sun_path)
		sc_broken("the path %s is too long", path);
	r = SC_CALL(bind(fd, (struct sockaddr *)&un, sizeof un));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT_ERRNO_RES("bind(\"missing/sock\")", r, ENOENT);
}
