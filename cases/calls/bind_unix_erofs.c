/* bind(2), errors of AF_UNIX sockets: EROFS, the socket inode would
 * reside on a read-only filesystem.  The item mounts a read-only tmpfs in
 * a mount namespace of its own (nothing outside the item sees it) and
 * binds a path inside it. */
#include "sc.h"
#include <sched.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/stat.h>

SC_CASE(bind_unix_erofs) = {
	.claim   = "AF_UNIX bind() to a path on a read-only filesystem fails with EROFS",
	.source  = SC_SRC("man:bind(2)", "EROFS: The socket inode would reside on a read-only filesystem"),
	.kinds   = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(bind_unix_erofs)
{
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	char ro[160];
	int fd = sc_kind_socket(P->kind);
	struct sc_res r;

	snprintf(ro, sizeof ro, "%s/ro", P->dir);
	SC_REQUIRE_OK(mkdir(ro, 0700));
	if (unshare(CLONE_NEWNS) < 0)
		sc_unsupported("no mount namespace of its own: unshare(CLONE_NEWNS): %s", sc_errname(errno));
	SC_REQUIRE_OK(mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL));
	SC_REQUIRE_OK(mount("sockconf", ro, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k"));
	if ((size_t)snprintf(un.sun_path, sizeof un.sun_path, "%s/sock", ro) >= sizeof un.sun_path)
		sc_broken("the path %s/sock is too long", ro);
	r = SC_CALL(bind(fd, (struct sockaddr *)&un, sizeof un));
	/* Undone before judging: teardown removes files, not directories. */
	SC_REQUIRE_OK(umount2(ro, MNT_DETACH));
	SC_REQUIRE_OK(rmdir(ro));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT_ERRNO_RES("bind(\"ro/sock\") on a read-only tmpfs", r, EROFS);
}
