/* One blocking call made by a helper thread, watched from the body through
 * /proc/self/task/<tid>/syscall: whether it sleeps in the call, and when it
 * returns. */
#include "internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

/* Voluntary context switches of this helper thread when it made its call. */
static __thread long switches_at_entry;

static long switches(void)
{
	struct rusage r;

	return getrusage(RUSAGE_THREAD, &r) ? -1 : r.ru_nvcsw;
}

void sc_call_enter(struct sc_call *c)
{
	c->tid = (int)syscall(SYS_gettid);
	switches_at_entry = switches();
	__atomic_store_n(&c->entered_us, sc_now_us(), __ATOMIC_RELEASE);
}

void sc_call_leave(struct sc_call *c, long ret)
{
	c->ret = ret;
	c->err = ret < 0 ? errno : 0;
	c->returned_us = sc_now_us();
	c->slept = switches() != switches_at_entry;
	__atomic_store_n(&c->done, 1, __ATOMIC_RELEASE);
}

static void *run(void *arg)
{
	struct sc_call *c = arg;

	sc_call_enter(c);
	switch (c->op) {
	case SC_OP_READ:
		c->ret = read(c->fd, c->buf, c->len);
		break;
	case SC_OP_WRITE:
		c->ret = write(c->fd, c->buf, c->len);
		break;
	case SC_OP_ACCEPT:
		/* accept4: the one accept system call every architecture has. */
		c->ret = accept4(c->fd, NULL, NULL, SOCK_CLOEXEC);
		break;
	case SC_OP_CONNECT:
		c->ret = connect(c->fd, c->addr, c->addrlen);
		break;
	case SC_OP_DRAIN:
		c->ret = 1;
		while (c->total < c->len) {
			size_t n = c->len - c->total;

			c->ret = read(c->fd, c->buf, n < 65536 ? n : 65536);
			if (c->ret < 0 && errno == EINTR)
				continue;
			if (c->ret <= 0)
				break;
			c->total += (size_t)c->ret;
		}
		break;
	}
	sc_call_leave(c, c->ret);
	return NULL;
}

void sc_call_start(struct sc_call *c, enum sc_op op, int fd, size_t len)
{
	size_t cap = op == SC_OP_DRAIN ? 65536 : len;
	const struct sockaddr *addr = c->addr;
	socklen_t addrlen = c->addrlen;
	int e;

	*c = (struct sc_call){ .op = op, .fd = fd, .len = len, .addr = addr, .addrlen = addrlen };
	c->buf = malloc(cap ? cap : 1);
	if (!c->buf)
		sc_broken("out of memory for a %zu-byte buffer", cap);
	for (size_t i = 0; i < cap; i++)
		c->buf[i] = (char)('a' + i % 26);
	e = pthread_create(&c->th, NULL, run, c);
	if (e)
		sc_broken("pthread_create failed: %s", sc_errname(e));
}

int sc_call_done(struct sc_call *c)
{
	return __atomic_load_n(&c->done, __ATOMIC_ACQUIRE);
}

/* The thread's scheduler state from /proc/self/task/<tid>/stat: 'S' while
 * it sleeps, 'R' once woken (even before it runs again); 0 if unreadable. */
static char task_state(int tid)
{
	char path[64], line[512], *paren;
	FILE *f;

	snprintf(path, sizeof path, "/proc/self/task/%d/stat", tid);
	if (!(f = fopen(path, "re")))
		return 0;
	paren = fgets(line, sizeof line, f) ? strrchr(line, ')') : NULL;
	fclose(f);
	return paren && paren[1] == ' ' ? paren[2] : 0;
}

int sc_call_blocked_in(struct sc_call *c, long sysno)
{
	char path[64], line[64];
	FILE *f;
	int ok = 0;

	if (!c->tid || sc_call_done(c))
		return 0;
	snprintf(path, sizeof path, "/proc/self/task/%d/syscall", c->tid);
	f = fopen(path, "re");
	/* A thread whose call returned may be gone already: not blocked. */
	if (!f && errno == ENOENT && access("/proc/self/task", F_OK) == 0)
		return 0;
	if (!f)
		sc_unsupported("cannot open %s: %s", path, sc_errname(errno));
	if (fgets(line, sizeof line, f)) {
		char *end;
		long n = strtol(line, &end, 10);

		ok = end != line && n == sysno;
#ifdef SYS_socketcall
		/* 32-bit x86 may make socket calls through the multiplexer. */
		ok |= end != line && n == SYS_socketcall;
#endif
	}
	fclose(f);
	/* Inside the call and asleep: a thread just woken reads 'R' while
	 * /proc still shows the call it is about to leave. */
	return ok && task_state(c->tid) == 'S';
}

long sc_call_sleeps(struct sc_call *c)
{
	char path[64];

	if (!c->tid)
		return -1;
	snprintf(path, sizeof path, "/proc/self/task/%d/status", c->tid);
	return sc_proc_long(path, "voluntary_ctxt_switches: %ld");
}

void sc_call_wait_blocked(struct sc_call *c, long sysno, const char *what)
{
	SC_WAIT_UNTIL(sc_call_done(c) || sc_call_blocked_in(c, sysno), SC_WAIT_MS, what);
}

static void reap(struct sc_call *c)
{
	pthread_join(c->th, NULL);
	free(c->buf);
	c->buf = NULL;
}

void sc_call_join(struct sc_call *c, int ms, const char *what)
{
	SC_WAIT_UNTIL(sc_call_done(c), ms, what);
	reap(c);
}

void sc_call_expect_return_at(struct sc_here at, struct sc_call *c, int ms, const char *after)
{
	struct sc_deadline d = sc_deadline(ms);

	char what[256];

	snprintf(what, sizeof what, "the call returns after %s", after);
	while (!sc_call_done(c))
		if (!sc_backoff(&d)) {
			sc_step(at, what, (struct sc_res){ 0, 0 }, 0);
			sc_end(SC_DEVIATES, at, "the call was still blocked %d ms after %s",
			       d.ms, after);
		}
	sc_step(at, what, (struct sc_res){ 1, 0 }, 1);
	reap(c);
}

struct sc_res sc_call_res(const struct sc_call *c)
{
	return (struct sc_res){ c->ret, c->err };
}
