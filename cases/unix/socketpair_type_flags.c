/* socketpair(2) NOTES: the type may carry SOCK_NONBLOCK and SOCK_CLOEXEC.
 * With SOCK_NONBLOCK both ends are non-blocking: a receive with nothing
 * queued fails with EAGAIN at once.  With SOCK_CLOEXEC both ends close on
 * execve(): a child stopped right after execve() (PTRACE_TRACEME) holds
 * neither, while it still holds a plain duplicate made before. */
#include "sc.h"
#include <stdio.h>
#include <sys/ptrace.h>
#include <sys/wait.h>

SC_CASE(socketpair_type_flags) = {
	.claim   = "socketpair() honours SOCK_NONBLOCK and SOCK_CLOEXEC on both ends",
	.source  = SC_SRC("man:socketpair(2)", "type flags: Since Linux 2.6.27, socketpair() supports the SOCK_NONBLOCK and SOCK_CLOEXEC flags"),
	.kinds   = SC_SOCKETPAIR,
	.fixture = SC_FIX_NONE,
	.key     = "result",
};

static const struct flag {
	SC_VARIANT_HEAD;
	int flag;
} flags[] = {
	{ .name = "nonblock", .flag = SOCK_NONBLOCK },
	{ .name = "cloexec", .flag = SOCK_CLOEXEC },
};
SC_VARIANTS(flags);

extern char **environ;

static int held(pid_t pid, int fd)
{
	char path[64];

	snprintf(path, sizeof path, "/proc/%d/fd/%d", (int)pid, fd);
	return access(path, F_OK) == 0;
}

SC_TEST(socketpair_type_flags)
{
	const struct flag *V = P->variant;
	int sv[2], keep, st = 0;
	struct sc_deadline d;
	pid_t pid, w;

	SC_REQUIRE_OK(socketpair(AF_UNIX, P->kind->type | V->flag, 0, sv));
	sc_track(sv[0]);
	sc_track(sv[1]);
	if (V->flag == SOCK_NONBLOCK) {
		char b[4];

		for (int i = 0; i < 2; i++) {
			SC_EXPECT(fcntl(sv[i], F_GETFL) & O_NONBLOCK, "end %d lacks O_NONBLOCK", i);
			SC_EXPECT_ERRNO(recv(sv[i], b, sizeof b, 0), EAGAIN, EWOULDBLOCK);
		}
		sc_observe_str("result", "non-blocking");
		return;
	}
	keep = sc_track(SC_REQUIRE_OK(fcntl(sv[0], F_DUPFD, 0)));	/* no FD_CLOEXEC */
	pid = fork();
	SC_REQUIRE(pid >= 0, "fork() failed: %s", sc_errname(errno));
	if (pid == 0) {
		char *argv[] = { "sockconf-exec", "--kinds", NULL };

		if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) < 0)
			_exit(77);
		execve("/proc/self/exe", argv, environ);
		_exit(127);
	}
	/* The child stops with SIGTRAP once execve() has replaced it. */
	d = sc_deadline(SC_WAIT_MS);
	while ((w = waitpid(pid, &st, WNOHANG)) == 0 && sc_backoff(&d))
		;
	if (w == pid && WIFSTOPPED(st)) {
		int a = held(pid, sv[0]), b = held(pid, sv[1]), k = held(pid, keep);

		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
		sc_observe_str("result", !a && !b ? "closed on exec" : "kept");
		SC_REQUIRE(k, "the child after execve() does not hold even the plain duplicate");
		SC_EXPECT(!a && !b, "after execve() the child still holds end(s):%s%s", a ? " 0" : "", b ? " 1" : "");
		return;
	}
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	if (w == pid && WIFEXITED(st) && WEXITSTATUS(st) == 77)
		sc_unsupported("ptrace(PTRACE_TRACEME) is not allowed here");
	sc_broken("the child did not stop after execve() (status 0x%x)", st);
}
