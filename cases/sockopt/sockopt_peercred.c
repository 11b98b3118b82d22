/* socket(7) SO_PEERCRED (unix(7)): the credentials of the peer process.
 * For a connection made by connect(2) the peer is another process, forked
 * here with a group ID of its own (as root); for a socketpair(2) it is
 * this process. */
#include "sc.h"
#include <sys/wait.h>

SC_CASE(sockopt_peercred) = {
	.claim  = "getsockopt(SO_PEERCRED) returns the pid, uid and gid of the process at the other end",
	.source = SC_SRC("man:socket(7)", "SO_PEERCRED: Return the credentials of the peer process connected to this socket"),
	.kinds  = SC_UNIX,
	.exclude = SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key    = "peer",
};

#define OTHER_GID 65534

static void expect_cred(int fd, pid_t pid, uid_t uid, gid_t gid)
{
	struct ucred uc = { 0 };
	socklen_t len = sizeof uc;

	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &uc, &len));
	sc_observe_str("peer", uc.pid == getpid() ? "this process" : uc.pid == pid ? "the child" : "other");
	SC_EXPECT_EQ(len, sizeof uc);
	SC_EXPECT_EQ(uc.pid, pid);
	SC_EXPECT_EQ(uc.uid, uid);
	SC_EXPECT_EQ(uc.gid, gid);
}

SC_TEST(sockopt_peercred)
{
	gid_t gid = getgid();
	pid_t child;
	int status, b;

	if (P->kind->make == SC_MAKE_SOCKETPAIR) {
		sc_make_pair(P);
		expect_cred(P->a, getpid(), getuid(), getgid());
		return;
	}
	sc_listen(P, 1);
	if (geteuid() == 0)
		gid = OTHER_GID;
	child = fork();
	SC_REQUIRE(child >= 0, "fork failed: %s", sc_errname(errno));
	if (child == 0) {
		char c;
		int fd;

		if (gid != getgid() && setresgid(gid, gid, gid) < 0)
			_exit(2);
		fd = socket(P->kind->domain, P->kind->type, 0);
		if (fd < 0 || connect(fd, (struct sockaddr *)&P->addr, P->addrlen) < 0)
			_exit(3);
		/* Stay until the parent has looked. */
		while (read(fd, &c, 1) > 0)
			;
		_exit(0);
	}
	b = sc_accept(P, SC_WAIT_MS);
	expect_cred(b, child, getuid(), gid);
	sc_close(&b);
	SC_WAIT_UNTIL(waitpid(child, &status, WNOHANG) == child, SC_WAIT_MS, "the child to exit");
	SC_REQUIRE(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the child failed (status %#x)", status);
}
