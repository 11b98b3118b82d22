/* unix(7) NOTES: a bound socket's file can be unlinked at any time (the
 * usual close-behind semantics): the name goes at once, connections made
 * through it keep working, and the path is free for a new socket. */
#include "sc.h"
#include <sys/stat.h>

SC_CASE(unix_unlink_while_open) = {
	.claim   = "unlinking a bound socket's file removes the name while existing connections keep working",
	.source  = SC_SRC("man:unix(7)", "unlink while open: the socket can be unlinked at any time and will be finally removed from the filesystem when the last reference to it is closed"),
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME,
	.key     = "connect_after_unlink",
};

SC_TEST(unix_unlink_while_open)
{
	const char *path = ((struct sockaddr_un *)&P->addr)->sun_path;
	struct stat st;
	struct sc_res r;
	char b[4];
	int c;

	SC_EXPECT_OK(unlink(path));
	SC_EXPECT_ERRNO(stat(path, &st), ENOENT);
	SC_EXPECT_RET(send(P->a, "k", 1, MSG_DONTWAIT), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "data over the connection made through the unlinked name");
	SC_EXPECT_RET(recv(P->b, b, sizeof b, MSG_DONTWAIT), 1);
	c = sc_kind_socket(P->kind);
	r = SC_CALL(connect(c, (struct sockaddr *)&P->addr, P->addrlen));
	sc_observe_str("connect_after_unlink", r.ret < 0 ? sc_errname(r.err) : "connected");
	sc_expect_fail(SC_HERE, "connect(the unlinked path)", r, (const int[]){ ENOENT }, 1);
	SC_EXPECT_OK(bind(sc_kind_socket(P->kind), (struct sockaddr *)&P->addr, P->addrlen));
}
