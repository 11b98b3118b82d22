/* A call made by a forked child that gave up root: uid and gid 65534, no
 * supplementary groups, and so no capabilities; its working directory is
 * the item's.  The child writes the call's return and errno to a pipe and
 * exits; the body waits for both with a bound. */
#include "internal.h"
#include "unprivileged.h"
#include <grp.h>
#include <sys/wait.h>

#define NOBODY 65534

/* ret -2: the child could not enter P->dir or drop its privileges; err
 * says why. */
static void child(int w, struct sc_pair *P, sc_unpriv_fn fn, void *arg)
{
	struct sc_res r = { -2, 0 };

	if (chdir(P->dir) < 0 || setgroups(0, NULL) < 0 || setresgid(NOBODY, NOBODY, NOBODY) < 0 ||
	    setresuid(NOBODY, NOBODY, NOBODY) < 0)
		r.err = errno;
	else
		r = fn(P, arg);
	if (write(w, &r, sizeof r) != (ssize_t)sizeof r)
		_exit(2);
	_exit(0);
}

struct sc_res sc_as_nobody(struct sc_pair *P, sc_unpriv_fn fn, void *arg)
{
	struct sc_res r = { -3, 0 };
	int p[2], st = 0;
	pid_t pid, got = 0;

	if (geteuid() != 0)
		sc_unsupported("not root: no other user to drop to (uid %u)", (unsigned)geteuid());
	if (pipe2(p, O_CLOEXEC) < 0)
		sc_broken("pipe2 failed: %s", sc_errname(errno));
	sc_track(p[0]);
	sc_track(p[1]);
	pid = fork();
	if (pid < 0)
		sc_broken("fork failed: %s", sc_errname(errno));
	if (pid == 0)
		child(p[1], P, fn, arg);
	sc_close(&p[1]);
	sc_wait_fd(p[0], POLLIN, SC_WAIT_MS, "the unprivileged child's result");
	if (read(p[0], &r, sizeof r) != (ssize_t)sizeof r)
		r.ret = -3;
	sc_close(&p[0]);
	SC_WAIT_UNTIL((got = waitpid(pid, &st, WNOHANG)) != 0, SC_WAIT_MS,
		      "the unprivileged child to exit");
	if (r.ret == -2)
		sc_unsupported("cannot drop to uid/gid %d: %s", NOBODY, sc_errname(r.err));
	if (r.ret == -3 || got != pid || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
		sc_broken("the unprivileged child failed (status 0x%x)", st);
	return r;
}
