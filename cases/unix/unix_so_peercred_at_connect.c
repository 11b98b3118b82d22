/* unix(7) SO_PEERCRED: reads the credentials of the peer process as they
 * were when it called connect(2) or socketpair(2).  A child connects (or
 * makes the pair and passes one end) as uid 3101 gid 4101, then becomes
 * uid 3201 gid 4201; the body reads SO_PEERCRED only afterwards. */
#include "sc.h"
#include "other_user.h"
#include <stdlib.h>
#include <sys/stat.h>

SC_CASE(unix_so_peercred_at_connect) = {
	.claim   = "SO_PEERCRED gives the peer's PID, UID and GID as they were at connect() or socketpair()",
	.source  = SC_SRC("man:unix(7)", "SO_PEERCRED: This read-only socket option returns the credentials of the peer process connected to this socket. The returned credentials are those that were in effect at the time of the call to connect(2) or socketpair(2)"),
	.also    = { SC_SRC("man:socket(7)", "SO_PEERCRED: Return the credentials of the peer process connected to this socket") },
	.kinds   = SC_CONNECTED | SC_SOCKETPAIR,
	.require = SC_UNIX,
	.fixture = SC_FIX_NONE,
	.key     = "peer_uid",
};

enum { UID1 = 3101, GID1 = 4101, UID2 = 3201, GID2 = 4201 };

struct job {
	const struct sc_kind *kind;
	struct sockaddr_un to;      /* relative to the child's cwd when a path */
	socklen_t tolen;
	const char *dir;
};

static int peer(int ctl, void *arg)
{
	const struct job *j = arg;
	int sv[2], fd;
	long r = 0, go;

	if (j->dir && chdir(j->dir) < 0)
		return 2;
	if (sc_become(UID1, UID1, 0, GID1, GID1, GID1))
		return SC_CHILD_NOPERM;
	if (j->kind->make == SC_MAKE_SOCKETPAIR) {
		if (socketpair(AF_UNIX, j->kind->type, 0, sv) < 0 || sc_ctl_put_fd(ctl, sv[0]) < 0)
			return 3;
	} else {
		fd = socket(AF_UNIX, j->kind->type, 0);
		if (fd < 0 || connect(fd, (const struct sockaddr *)&j->to, j->tolen) < 0)
			r = -errno;
	}
	/* Credentials change after the call: SO_PEERCRED must not follow. */
	if (sc_become_root() || sc_become(UID2, UID2, UID2, GID2, GID2, GID2))
		r = -EPERM;
	sc_ctl_put(ctl, r);
	sc_ctl_get(ctl, &go);
	return 0;
}

SC_TEST(unix_so_peercred_at_connect)
{
	struct job j = { .kind = P->kind };
	struct sc_child child;
	struct ucred uc = { 0 };
	socklen_t len = sizeof uc;
	int fd;
	long r;

	if (P->kind->make == SC_MAKE_ACCEPT) {
		sc_listen(P, 4);
		memcpy(&j.to, &P->addr, sizeof j.to);
		j.tolen = P->addrlen;
		if (j.to.sun_path[0]) {
			/* The child, as another user, reaches the socket by its
			 * name relative to the private directory. */
			const char *base = strrchr(j.to.sun_path, '/') + 1;

			SC_REQUIRE_OK(chmod(P->dir, 0711));
			SC_REQUIRE_OK(chmod(j.to.sun_path, 0777));
			j.dir = P->dir;
			memmove(j.to.sun_path, base, strlen(base) + 1);
			j.tolen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + strlen(base) + 1);
		}
	}
	sc_child_start(&child, peer, &j);
	fd = P->kind->make == SC_MAKE_SOCKETPAIR ? sc_child_get_fd(&child) : -1;
	r = sc_child_get(&child);
	SC_REQUIRE(r == 0, "the child's connect() failed: %s", sc_errname((int)-r));
	if (fd < 0)
		fd = P->b = sc_accept(P, SC_WAIT_MS);
	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &uc, &len));
	sc_observe_int("peer_pid_is_child", uc.pid == child.pid);
	sc_observe_int("peer_uid", uc.uid);
	sc_observe_int("peer_gid", uc.gid);
	SC_EXPECT(uc.pid == child.pid && uc.uid == UID1 && uc.gid == GID1,
		  "SO_PEERCRED gives pid %d uid %u gid %u; the peer was pid %d uid %u gid %u at %s",
		  (int)uc.pid, uc.uid, uc.gid, (int)child.pid, UID1, GID1,
		  P->kind->make == SC_MAKE_SOCKETPAIR ? "socketpair()" : "connect()");
	sc_child_put(&child, 0);
	SC_EXPECT_EQ(sc_child_wait(&child), 0);
}
