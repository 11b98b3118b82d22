/* unix(7) Pathname socket ownership and permissions: creating a socket
 * file needs write and search permission on the directory.  A child as
 * uid 3101 binds inside a directory that grants others write and search,
 * only search, or only write. */
#include "sc.h"
#include "other_user.h"
#include <stdio.h>
#include <sys/stat.h>

SC_CASE(unix_directory_permissions) = {
	.claim   = "bind() to a pathname fails (EACCES) unless the process has write and search permission on the directory",
	.source  = SC_SRC("man:unix(7)", "directory permissions: Creation of a new socket fails if the process does not have write and search (execute) permission on the directory in which the socket is created"),
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "result",
};

static const struct dir {
	SC_VARIANT_HEAD;
	mode_t mode;
	int allowed;
} dirs[] = {
	{ .name = "write_and_search", .mode = 0703, .allowed = 1 },
	{ .name = "no_write", .mode = 0705 },
	{ .name = "no_search", .mode = 0706 },
};
SC_VARIANTS(dirs);

struct job {
	const char *dir;
	int type;
};

static int binder(int ctl, void *arg)
{
	const struct job *j = arg;
	struct sockaddr_un un = { .sun_family = AF_UNIX, .sun_path = "d/s" };
	int fd;

	if (chdir(j->dir) < 0)
		return 2;
	if (sc_become(3101, 3101, 3101, 4101, 4101, 4101))
		return SC_CHILD_NOPERM;
	fd = socket(AF_UNIX, j->type, 0);
	sc_ctl_put(ctl, fd < 0 || bind(fd, (struct sockaddr *)&un, sizeof un) < 0 ? -errno : 0);
	return 0;
}

SC_TEST(unix_directory_permissions)
{
	const struct dir *V = P->variant;
	struct job j = { P->dir, P->kind->type };
	struct sc_child child;
	char d[128], f[140];
	long r;

	snprintf(d, sizeof d, "%s/d", P->dir);
	SC_REQUIRE_OK(chmod(P->dir, 0711));
	SC_REQUIRE_OK(mkdir(d, 0700));
	SC_REQUIRE_OK(chmod(d, V->mode));
	sc_child_start(&child, binder, &j);
	r = sc_child_get(&child);
	sc_observe_str("result", r < 0 ? sc_errname((int)-r) : "bound");
	/* Teardown removes only the private directory's files. */
	snprintf(f, sizeof f, "%s/s", d);
	chmod(d, 0700);
	unlink(f);
	rmdir(d);
	if (V->allowed)
		sc_expect_ok(SC_HERE, "bind() in a directory with write and search permission",
			     (struct sc_res){ r, r < 0 ? (int)-r : 0 });
	else
		sc_expect_fail(SC_HERE, V->mode == 0705 ? "bind() in a directory without write permission"
							: "bind() in a directory without search permission",
			       (struct sc_res){ r < 0 ? -1 : r, r < 0 ? (int)-r : 0 }, (const int[]){ EACCES }, 1);
	SC_EXPECT_EQ(sc_child_wait(&child), 0);
}
