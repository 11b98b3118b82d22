/* A child process acting as another user: see other_user.h.
 *
 * The control socket is read and written with raw system calls, so that a
 * fault library wrapping read(), recvmsg() or sendmsg() in the case
 * process breaks only the calls the case makes on purpose. */
#include "internal.h"
#include "other_user.h"
#include <grp.h>
#include <sys/wait.h>

static ssize_t raw_read(int fd, void *b, size_t n)
{
	return syscall(SYS_read, fd, b, n);
}

static ssize_t raw_write(int fd, const void *b, size_t n)
{
	return syscall(SYS_write, fd, b, n);
}

void sc_child_start(struct sc_child *c, sc_child_fn fn, void *arg)
{
	int sv[2];
	pid_t pid;

	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
		sc_broken("socketpair() for the child's control socket failed: %s", sc_errname(errno));
	pid = fork();
	if (pid < 0) {
		int e = errno;

		close(sv[0]);
		close(sv[1]);
		sc_broken("fork() failed: %s", sc_errname(e));
	}
	if (pid == 0) {
		/* Not the body: no records, no watchdog verdict, a bound of
		 * its own that simply ends it. */
		if (sc_run.out >= 0)
			close(sc_run.out);
		sc_run.out = -1;
		close(sv[0]);
		signal(SIGALRM, SIG_DFL);
		alarm((unsigned)(sc_ms(SC_TIMEOUT_S * 1000) / 1000 + 2));
		_exit(fn(sv[1], arg));
	}
	close(sv[1]);
	c->pid = pid;
	c->ctl = sc_track(sv[0]);
}

static _Noreturn void child_gone(struct sc_child *c, const char *what)
{
	int st = sc_child_wait(c);

	if (st == SC_CHILD_NOPERM)
		sc_unsupported("the child could not take on other credentials (needs CAP_SETUID and CAP_SETGID)");
	sc_broken("the child exited (status %d) before %s", st, what);
}

static void wait_readable(struct sc_child *c, const char *what)
{
	short ev = sc_poll(c->ctl, POLLIN, SC_WAIT_MS);

	if (!ev)
		sc_timeout("waited %d ms for the child's %s", sc_ms(SC_WAIT_MS), what);
}

long sc_child_get(struct sc_child *c)
{
	long v;
	size_t got = 0;

	while (got < sizeof v) {
		ssize_t r;

		wait_readable(c, "report");
		r = raw_read(c->ctl, (char *)&v + got, sizeof v - got);
		if (r <= 0)
			child_gone(c, "its report");
		got += (size_t)r;
	}
	return v;
}

int sc_child_get_fd(struct sc_child *c)
{
	union {
		char b[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} ctl;
	char byte;
	struct iovec iov = { &byte, 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = &ctl, .msg_controllen = sizeof ctl.b };
	struct cmsghdr *cm;
	int fd;

	wait_readable(c, "descriptor");
	if (syscall(SYS_recvmsg, c->ctl, &m, MSG_CMSG_CLOEXEC) <= 0)
		child_gone(c, "its descriptor");
	cm = CMSG_FIRSTHDR(&m);
	if (!cm || cm->cmsg_type != SCM_RIGHTS || cm->cmsg_len != CMSG_LEN(sizeof(int)))
		sc_broken("the child's message carried no descriptor");
	memcpy(&fd, CMSG_DATA(cm), sizeof fd);
	return sc_track(fd);
}

void sc_child_put(struct sc_child *c, long v)
{
	if (raw_write(c->ctl, &v, sizeof v) != (ssize_t)sizeof v)
		child_gone(c, "the body's message");
}

int sc_child_wait(struct sc_child *c)
{
	struct sc_deadline d = sc_deadline(SC_WAIT_MS);
	int st = 0;
	pid_t r;

	if (c->pid <= 0)
		return -1;
	while ((r = waitpid(c->pid, &st, WNOHANG)) == 0)
		if (!sc_backoff(&d)) {
			kill(c->pid, SIGKILL);
			waitpid(c->pid, &st, 0);
			c->pid = -1;
			sc_timeout("waited %d ms for the child to exit", d.ms);
		}
	c->pid = -1;
	if (r < 0)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
}

int sc_ctl_put(int ctl, long v)
{
	return raw_write(ctl, &v, sizeof v) == (ssize_t)sizeof v ? 0 : -1;
}

int sc_ctl_get(int ctl, long *v)
{
	size_t got = 0;

	while (got < sizeof *v) {
		ssize_t r = raw_read(ctl, (char *)v + got, sizeof *v - got);

		if (r <= 0)
			return -1;
		got += (size_t)r;
	}
	return 0;
}

int sc_ctl_put_fd(int ctl, int fd)
{
	union {
		char b[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} cbuf;
	char byte = 'f';
	struct iovec iov = { &byte, 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = &cbuf, .msg_controllen = sizeof cbuf.b };
	struct cmsghdr *cm = CMSG_FIRSTHDR(&m);

	memset(&cbuf, 0, sizeof cbuf);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &fd, sizeof fd);
	return syscall(SYS_sendmsg, ctl, &m, 0) == 1 ? 0 : -1;
}

int sc_become(uid_t ruid, uid_t euid, uid_t suid, gid_t rgid, gid_t egid, gid_t sgid)
{
	if (setgroups(0, NULL) < 0 || setresgid(rgid, egid, sgid) < 0 ||
	    setresuid(ruid, euid, suid) < 0)
		return errno;
	return 0;
}

int sc_become_root(void)
{
	if (setresuid((uid_t)-1, 0, (uid_t)-1) < 0)
		return errno;
	return 0;
}
