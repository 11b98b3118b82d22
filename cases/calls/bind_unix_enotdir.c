/* bind(2), errors of AF_UNIX sockets: ENOTDIR, a component of the path
 * prefix is not a directory.  bind() to file/sock, file a regular file,
 * fails. */
#include "sc.h"
#include <stdio.h>
#include <sys/stat.h>

SC_CASE(bind_unix_enotdir) = {
	.claim   = "AF_UNIX bind() to a path prefix with a regular file where a directory should be fails with ENOTDIR",
	.source  = SC_SRC("man:bind(2)", "ENOTDIR: A component of the path prefix is not a directory"),
	.kinds   = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(bind_unix_enotdir)
{
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	char path[160];
	int fd = sc_kind_socket(P->kind);
	struct sc_res r;

	snprintf(path, sizeof path, "%s/file", P->dir);
	close((int)SC_REQUIRE_OK(open(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0600)));
	snprintf(path, sizeof path, "%s/file/sock", P->dir);
	if ((size_t)snprintf(un.sun_path, sizeof un.sun_path, "%s", path) >= sizeof un.sun_path)
		sc_broken("the path %s is too long", path);
	r = SC_CALL(bind(fd, (struct sockaddr *)&un, sizeof un));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT_ERRNO_RES("bind(\"file/sock\")", r, ENOTDIR);
}
