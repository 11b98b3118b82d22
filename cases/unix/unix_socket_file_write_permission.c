/* unix(7) Pathname socket ownership and permissions: connecting to a
 * stream socket, or sending a datagram to a datagram socket, needs write
 * permission on the socket file.  A child as uid 3101 tries two sockets
 * whose files grant others everything but write, and everything. */
#include "sc.h"
#include "other_user.h"
#include <sys/stat.h>

SC_CASE(unix_socket_file_write_permission) = {
	.claim   = "connect() to a stream socket or sendto() a datagram socket fails (EACCES) without write permission on the socket file",
	.source  = SC_SRC("man:unix(7)", "connect needs write permission: On Linux, connecting to a stream socket object requires write permission on that socket"),
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "without_write",
};

static const struct call {
	SC_VARIANT_HEAD;
} calls[] = {
	{ .name = "connect", .kinds = SC_CONNECTED },
	{ .name = "sendto", .kinds = SC_DGRAM,
	  .src = SC_SRC("man:unix(7)", "sendto needs write permission: sending a datagram to a datagram socket likewise requires write permission on that socket") },
};
SC_VARIANTS(calls);

struct job {
	const char *dir;
	const struct sc_kind *kind;
	struct sockaddr_un to[2];
};

static int client(int ctl, void *arg)
{
	const struct job *j = arg;

	if (chdir(j->dir) < 0)
		return 2;
	if (sc_become(3101, 3101, 3101, 4101, 4101, 4101))
		return SC_CHILD_NOPERM;
	for (int i = 0; i < 2; i++) {
		int fd = socket(AF_UNIX, j->kind->type, 0);
		int r = fd < 0 ? -1 : j->kind->type == SOCK_DGRAM
			? (int)sendto(fd, "w", 1, 0, (const struct sockaddr *)&j->to[i], sizeof j->to[i])
			: connect(fd, (const struct sockaddr *)&j->to[i], sizeof j->to[i]);

		sc_ctl_put(ctl, r < 0 ? -errno : 0);
	}
	return 0;
}

SC_TEST(unix_socket_file_write_permission)
{
	static const mode_t modes[2] = { 0755, 0757 };
	struct job j = { .dir = P->dir, .kind = P->kind };
	struct sc_child child;
	struct sockaddr_storage ss;
	socklen_t len;
	long r[2];

	SC_REQUIRE_OK(chmod(P->dir, 0711));
	for (int i = 0; i < 2; i++) {
		struct sockaddr_un *un = (struct sockaddr_un *)&ss;
		int t = sc_bound_socket(P, &ss, &len);

		if (P->kind->type != SOCK_DGRAM)
			SC_REQUIRE_OK(listen(t, 4));
		SC_REQUIRE_OK(chmod(un->sun_path, modes[i]));
		j.to[i].sun_family = AF_UNIX;
		strcpy(j.to[i].sun_path, strrchr(un->sun_path, '/') + 1);
	}
	sc_child_start(&child, client, &j);
	r[0] = sc_child_get(&child);
	r[1] = sc_child_get(&child);
	sc_observe_str("without_write", r[0] < 0 ? sc_errname((int)-r[0]) : "allowed");
	sc_observe_str("with_write", r[1] < 0 ? sc_errname((int)-r[1]) : "allowed");
	sc_expect_fail(SC_HERE, "the socket file without write permission for the caller",
		       (struct sc_res){ r[0] < 0 ? -1 : r[0], r[0] < 0 ? (int)-r[0] : 0 }, (const int[]){ EACCES }, 1);
	sc_expect_ok(SC_HERE, "the socket file with write permission for the caller",
		     (struct sc_res){ r[1], r[1] < 0 ? (int)-r[1] : 0 });
	SC_EXPECT_EQ(sc_child_wait(&child), 0);
}
