/* bind(2) and connect(2) on AF_UNIX pathname sockets, as a user who is not
 * root (uid 65534, no capabilities): bind() fails with EACCES when search
 * permission is denied on a directory of the path prefix; connect() fails
 * with EACCES when write permission is denied on the socket file, or
 * search permission on a directory of the prefix.  That user names the
 * sockets by paths relative to the item's directory, its working
 * directory; a control call to a socket it may reach shows that the rest
 * of the path is open to it. */
#include "sc.h"
#include "unprivileged.h"
#include <stdio.h>
#include <sys/stat.h>

SC_CASE(unix_path_permission) = {
	.claim   = "AF_UNIX bind() and connect() fail with EACCES where path permissions deny the caller",
	.source  = SC_SRC("man:connect(2)", "EACCES (1): For UNIX domain sockets, which are identified by pathname: Write permission is denied on the socket file, or search permission is denied for one of the directories in the path prefix"),
	.kinds   = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

enum op { BIND_SEARCH, CONNECT_SEARCH, CONNECT_WRITE };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
} calls[] = {
	{ .name = "bind_search", .src = SC_SRC("man:bind(2)", "EACCES (2): Search permission is denied on a component of the path prefix"), .op = BIND_SEARCH },
	{ .name = "connect_search", .src = SC_SRC("man:connect(2)", "EACCES (1): ... search permission is denied for one of the directories in the path prefix"), .op = CONNECT_SEARCH },
	{ .name = "connect_write", .src = SC_SRC("man:connect(2)", "EACCES (1): For UNIX domain sockets, which are identified by pathname: Write permission is denied on the socket file"), .op = CONNECT_WRITE },
};
SC_VARIANTS(calls);

struct target {
	enum op op;
	struct sockaddr_un un;
	socklen_t len;
};

static void at(struct sockaddr_un *un, socklen_t *len, const char *dir, const char *name)
{
	memset(un, 0, sizeof *un);
	un->sun_family = AF_UNIX;
	if ((size_t)snprintf(un->sun_path, sizeof un->sun_path, "%s%s%s", dir, *dir ? "/" : "", name) >=
	    sizeof un->sun_path)
		sc_broken("the path %s/%s is too long", dir, name);
	*len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + strlen(un->sun_path) + 1);
}

/* A socket of the kind bound at dir/name (listening where the kind can). */
static void serve(struct sc_pair *P, const char *dir, const char *name, mode_t mode)
{
	struct sockaddr_un un;
	socklen_t len;
	int fd = sc_kind_socket(P->kind);

	at(&un, &len, dir, name);
	SC_REQUIRE_OK(bind(fd, (struct sockaddr *)&un, len));
	if (P->kind->caps & SC_LISTENER)
		SC_REQUIRE_OK(listen(fd, 4));
	SC_REQUIRE_OK(chmod(un.sun_path, mode));
}

static struct sc_res as_nobody(struct sc_pair *P, void *arg)
{
	struct target *t = arg;
	int fd = socket(AF_UNIX, P->kind->type, 0);

	if (fd < 0)
		return (struct sc_res){ -4, errno };
	if (t->op == BIND_SEARCH)
		return SC_CALL(bind(fd, (struct sockaddr *)&t->un, t->len));
	return SC_CALL(connect(fd, (struct sockaddr *)&t->un, t->len));
}

SC_TEST(unix_path_permission)
{
	const struct call *V = P->variant;
	struct target reach = { .op = CONNECT_WRITE }, t = { .op = V->op };
	char locked[160];
	struct sc_res r;

	/* The item's directory becomes searchable by others; "locked" in it is not. */
	SC_REQUIRE_OK(chmod(P->dir, 0711));
	snprintf(locked, sizeof locked, "%s/locked", P->dir);
	SC_REQUIRE_OK(mkdir(locked, 0700));
	serve(P, P->dir, "open", 0777);
	at(&reach.un, &reach.len, "", "open");
	r = sc_as_nobody(P, as_nobody, &reach);
	SC_REQUIRE(r.ret == 0, "control: connect() as nobody to a socket it may reach failed: %s",
		   r.ret == -4 ? "no socket" : sc_errname(r.err));
	switch (V->op) {
	case BIND_SEARCH:
		at(&t.un, &t.len, "locked", "new");
		break;
	case CONNECT_SEARCH:
		serve(P, locked, "hidden", 0777);
		at(&t.un, &t.len, "locked", "hidden");
		break;
	case CONNECT_WRITE:
		serve(P, P->dir, "readonly", 0555);
		at(&t.un, &t.len, "", "readonly");
		break;
	}
	SC_REQUIRE_OK(chmod(locked, 0600));
	r = sc_as_nobody(P, as_nobody, &t);
	/* Undone before judging: teardown removes files, not directories. */
	SC_REQUIRE_OK(chmod(locked, 0700));
	if (V->op == CONNECT_SEARCH) {
		char hidden[192];

		snprintf(hidden, sizeof hidden, "%s/hidden", locked);
		SC_REQUIRE_OK(unlink(hidden));
	}
	SC_REQUIRE_OK(rmdir(locked));
	SC_REQUIRE(r.ret != -4, "socket() as nobody failed: %s", sc_errname(r.err));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT_ERRNO_RES(V->name, r, EACCES);
}
