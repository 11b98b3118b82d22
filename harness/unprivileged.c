/* A call made by a forked child that gave up its privileges: see
 * unprivileged.h.  The child writes the call's return and errno to a pipe
 * and exits; the body waits for both with a bound. */
#include "internal.h"
#include "unprivileged.h"
#include "other_user.h"
#include <linux/capability.h>
#include <sys/wait.h>

#define NOBODY 65534

/* How the child gives up its privileges: 0, or the errno of the call that
 * failed. */
static int drop_caps(struct sc_pair *P __attribute__((unused)))
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];

	memset(d, 0, sizeof d);
	return syscall(SYS_capset, &h, d) < 0 ? errno : 0;
}

static int drop_to_nobody(struct sc_pair *P)
{
	if (chdir(P->dir) < 0)
		return errno;
	return sc_become(NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY);
}

/* Fork, drop, call fn(P, arg); the call's outcome, or ret -2 with the
 * drop's errno. */
static struct sc_res in_child(int (*drop)(struct sc_pair *P), sc_unpriv_fn fn,
			      struct sc_pair *P, void *arg)
{
	struct sc_res r = { -1, 0 };
	int p[2], st = 0;
	pid_t pid, got = 0;

	if (pipe2(p, O_CLOEXEC) < 0)
		sc_broken("pipe2() failed: %s", sc_errname(errno));
	sc_track(p[0]);
	sc_track(p[1]);
	pid = fork();
	if (pid < 0)
		sc_broken("fork() failed: %s", sc_errname(errno));
	if (pid == 0) {
		int e = drop(P);

		r = e ? (struct sc_res){ -2, e } : fn(P, arg);
		_exit(write(p[1], &r, sizeof r) == (ssize_t)sizeof r ? 0 : 2);
	}
	sc_close(&p[1]);
	if (!sc_poll(p[0], POLLIN, sc_ms(SC_WAIT_MS))) {
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
		sc_broken("the unprivileged child did not answer within %d ms", sc_ms(SC_WAIT_MS));
	}
	if (read(p[0], &r, sizeof r) != (ssize_t)sizeof r) {
		waitpid(pid, &st, 0);
		sc_broken("the unprivileged child died (status 0x%x)", st);
	}
	sc_close(&p[0]);
	SC_WAIT_UNTIL((got = waitpid(pid, &st, WNOHANG)) != 0, SC_WAIT_MS,
		      "the unprivileged child to exit");
	if (got != pid || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
		sc_broken("the unprivileged child failed (status 0x%x)", st);
	return r;
}

struct caps_call {
	struct sc_res (*fn)(void *arg);
	void *arg;
};

static struct sc_res call_without_caps(struct sc_pair *P __attribute__((unused)), void *ctx)
{
	struct caps_call *c = ctx;

	return c->fn(c->arg);
}

struct sc_res sc_without_caps(struct sc_res (*fn)(void *arg), void *arg)
{
	struct caps_call c = { fn, arg };
	struct sc_res r = in_child(drop_caps, call_without_caps, NULL, &c);

	if (r.ret == -2)
		sc_broken("capset() to drop every capability failed: %s", sc_errname(r.err));
	return r;
}

struct sc_res sc_as_nobody(struct sc_pair *P, sc_unpriv_fn fn, void *arg)
{
	struct sc_res r;

	if (geteuid() != 0)
		sc_unsupported("not root: no other user to drop to (uid %u)", (unsigned)geteuid());
	r = in_child(drop_to_nobody, fn, P, arg);
	if (r.ret == -2)
		sc_unsupported("cannot drop to uid/gid %d: %s", NOBODY, sc_errname(r.err));
	return r;
}
