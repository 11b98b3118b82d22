/* bind(2), errors of AF_UNIX sockets: ELOOP, too many symbolic links in
 * resolving addr.  A path prefix that loops (a -> b, b -> a) makes bind()
 * fail with ELOOP. */
#include "sc.h"
#include <stdio.h>
#include <sys/stat.h>

SC_CASE(bind_unix_eloop) = {
	.claim   = "AF_UNIX bind() to a path prefix that resolves through a loop of symbolic links (a -> b -> a) fails with ELOOP",
	.source  = SC_SRC("man:bind(2)", "ELOOP: Too many symbolic links were encountered in resolving addr"),
	.kinds   = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(bind_unix_eloop)
{
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	char path[160];
	int fd = sc_kind_socket(P->kind);
	struct sc_res r;

	/* a -> b and b -> a: resolving a/sock never ends. */
	snprintf(path, sizeof path, "%s/a", P->dir);
	SC_REQUIRE_OK(symlink("b", path));
	snprintf(path, sizeof path, "%s/b", P->dir);
	SC_REQUIRE_OK(symlink("a", path));
	snprintf(path, sizeof path, "%s/a/sock", P->dir);
	if ((size_t)snprintf(un.sun_path, sizeof un.sun_path, "%s", path) >= sizeof un.sun_path)
		sc_broken("the path %s is too long", path);
	r = SC_CALL(bind(fd, (struct sockaddr *)&un, sizeof un));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT_ERRNO_RES("bind(\"a/sock\", a -> b -> a)", r, ELOOP);
}
