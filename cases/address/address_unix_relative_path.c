/* unix(7): a pathname socket is bound to a null-terminated filesystem
 * pathname, which may be relative: it is resolved against the caller's
 * working directory, the socket file appears there, getsockname() returns
 * the name as it was given, and a peer reaches the socket through the
 * relative name and through the equivalent absolute one.  The lookup
 * starts at the working directory itself: a user (uid 3101) whose working
 * directory lies below a directory it may not search still reaches a
 * socket there by its relative name. */
#include "sc.h"
#include "other_user.h"
#include <stdio.h>
#include <sys/stat.h>

SC_CASE(address_unix_relative_path) = {
	.claim   = "an AF_UNIX socket binds to a relative pathname, resolved against the cwd; getsockname() returns the relative name as given",
	.source  = SC_SRC("man:unix(7)", "pathname: a UNIX domain socket can be bound to a null-terminated filesystem pathname using bind(2)"),
	.also    = { SC_SRC("man:path_resolution(7)", "Relative pathnames: the lookup starts at the current working directory of the process") },
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME, /* the case makes its own addresses */
	.fixture = SC_FIX_NONE,
	.key     = "sockname",
};

struct job {
	const char *cwd;
	int type;
};

/* As uid 3101, in a directory below one it may not search: connect() (or,
 * for datagrams, sendto()) to "rel" there, then -errno or 0. */
static int below_locked(int ctl, void *arg)
{
	const struct job *j = arg;
	struct sockaddr_un un = { .sun_family = AF_UNIX, .sun_path = "rel" };
	int fd, r;

	if (chdir(j->cwd) < 0)
		return 2;
	if (sc_become(3101, 3101, 3101, 4101, 4101, 4101))
		return SC_CHILD_NOPERM;
	fd = socket(AF_UNIX, j->type, 0);
	r = fd < 0 ? -1 : j->type == SOCK_DGRAM
		? (int)sendto(fd, "othr", 4, 0, (struct sockaddr *)&un, sizeof un)
		: connect(fd, (struct sockaddr *)&un, sizeof un);
	sc_ctl_put(ctl, r < 0 ? -errno : 0);
	return 0;
}

/* A socket bound at locked/in/rel, open to everyone; locked is searchable
 * by root alone.  What another user working in locked/in observes. */
static long other_user(struct sc_pair *P)
{
	char locked[160], in[170], sock[180];
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	struct job j = { in, P->kind->type };
	struct sc_child child;
	int fd = sc_kind_socket(P->kind);
	long r;

	snprintf(locked, sizeof locked, "%s/locked", P->dir);
	snprintf(in, sizeof in, "%s/in", locked);
	snprintf(sock, sizeof sock, "%s/rel", in);
	SC_REQUIRE_OK(mkdir(locked, 0700));
	SC_REQUIRE_OK(mkdir(in, 0777));
	SC_REQUIRE_OK(chmod(in, 0777));
	strcpy(un.sun_path, sock);
	SC_REQUIRE_OK(bind(fd, (struct sockaddr *)&un, sizeof un));
	if (P->kind->type != SOCK_DGRAM)
		SC_REQUIRE_OK(listen(fd, 4));
	SC_REQUIRE_OK(chmod(sock, 0777));
	sc_child_start(&child, below_locked, &j);
	r = sc_child_get(&child);
	SC_EXPECT_EQ(sc_child_wait(&child), 0);
	/* Teardown removes files, not directories. */
	sc_close(&fd);
	SC_REQUIRE_OK(unlink(sock));
	SC_REQUIRE_OK(rmdir(in));
	SC_REQUIRE_OK(rmdir(locked));
	return r;
}

static void reach(struct sc_pair *P, int srv, const struct sockaddr_un *to, const char *how)
{
	int c = sc_kind_socket(P->kind), s = -1;
	char got[8] = "";

	SC_EXPECT_OK(connect(c, (const struct sockaddr *)to, sizeof *to));
	if (P->kind->type != SOCK_DGRAM)
		s = sc_accept(P, SC_WAIT_MS);
	else
		s = srv;
	SC_EXPECT_RET(send(c, how, 4, 0), 4);
	sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the message sent through the name");
	SC_EXPECT_RET(recv(s, got, sizeof got, MSG_DONTWAIT), 4);
	SC_EXPECT(!memcmp(got, how, 4), "received \"%.4s\", sent \"%.4s\"", got, how);
	sc_close(&c);
	if (s != srv)
		sc_close(&s);
}

SC_TEST(address_unix_relative_path)
{
	int fd = sc_kind_socket(P->kind);
	struct sockaddr_un un = { .sun_family = AF_UNIX }, got, abs_un = { .sun_family = AF_UNIX };
	socklen_t len = sizeof got;
	struct stat st;
	long r;

	SC_REQUIRE_OK(chdir(P->dir));
	strcpy(un.sun_path, "rel");
	SC_EXPECT_OK(bind(fd, (struct sockaddr *)&un, sizeof un));
	memset(&got, 0, sizeof got);
	SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&got, &len));
	sc_observe_str("sockname", got.sun_path);
	sc_observe_int("addrlen", len);
	snprintf(abs_un.sun_path, sizeof abs_un.sun_path, "%s/rel", P->dir);
	sc_observe_str("sockname_form", !strcmp(got.sun_path, "rel") ? "as given"
			: !strcmp(got.sun_path, abs_un.sun_path) ? "absolute" : "other");
	r = other_user(P);
	sc_observe_str("below_unsearchable", r < 0 ? sc_errname((int)-r) : "reached");
	SC_EXPECT(!strcmp(got.sun_path, "rel"), "getsockname() returned \"%s\"", got.sun_path);
	SC_EXPECT_EQ(len, offsetof(struct sockaddr_un, sun_path) + sizeof "rel");
	SC_EXPECT_OK(stat(abs_un.sun_path, &st));
	SC_EXPECT(S_ISSOCK(st.st_mode), "%s is not a socket file (mode %o)", abs_un.sun_path, st.st_mode);
	if (P->kind->type != SOCK_DGRAM) {
		SC_REQUIRE_OK(listen(fd, 4));
		P->l = fd;
	}
	reach(P, fd, &un, "rela");
	reach(P, fd, &abs_un, "absl");
	sc_expect_ok(SC_HERE, "another user's relative name, below a directory it may not search",
		     (struct sc_res){ r, r < 0 ? (int)-r : 0 });
}
