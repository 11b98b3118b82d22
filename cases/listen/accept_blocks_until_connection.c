/* The tutorial: accept() blocks the program until a new request arrives.
 * A blocking accept() on an empty queue is seen sleeping in the accept
 * system call (/proc/self/task/<tid>/syscall) by a helper thread, which
 * only then connects; accept() returns that connection. */
#include "sc.h"
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>

#ifndef SYS_accept
#define SYS_accept (-2)
#endif

SC_CASE(accept_blocks_until_connection) = {
	.claim  = "accept() blocks until a connection request arrives",
	.source = SC_SRC("seed", "accept() 接收请求: accept() 会阻塞程序执行（后面代码不能被执行），直到有新的请求到来"),
	.also   = SC_SRC("posix", "accept(): if the listen queue is empty of connection requests and O_NONBLOCK is not set, accept() shall block until a connection is present"),
	.kinds  = SC_CONNECTED,
	.fixture = SC_FIX_NONE,
	.key    = "seen_blocked",
};

struct helper {
	struct sc_pair *P;
	pid_t tid;
	int bound_ms;
	atomic_int seen_blocked, connecting, fd, err;
};

/* Blocked in accept: state S and the accept syscall number in progress. */
static int in_accept(pid_t tid)
{
	char path[64], buf[256];
	FILE *f;
	long nr = -1;
	char st = '?';

	snprintf(path, sizeof path, "/proc/self/task/%d/syscall", (int)tid);
	if (!(f = fopen(path, "re")))
		return -1;
	if (fgets(buf, sizeof buf, f))
		nr = strtol(buf, NULL, 10);
	fclose(f);
	snprintf(path, sizeof path, "/proc/self/task/%d/stat", (int)tid);
	if (!(f = fopen(path, "re")))
		return -1;
	if (fgets(buf, sizeof buf, f) && strrchr(buf, ')'))
		st = strrchr(buf, ')')[2];
	fclose(f);
	return st == 'S' && (nr == SYS_accept || nr == SYS_accept4);
}

/* No sc_* call here: an expectation would longjmp out of this thread. */
static void *helper(void *arg)
{
	struct helper *h = arg;
	struct timespec t0, t;
	int r;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		r = in_accept(h->tid);
		if (r != 0)
			break;
		clock_gettime(CLOCK_MONOTONIC, &t);
		if ((t.tv_sec - t0.tv_sec) * 1000 + (t.tv_nsec - t0.tv_nsec) / 1000000 > h->bound_ms)
			break;
		sched_yield();
	}
	h->seen_blocked = r;
	h->connecting = 1;
	/* Connect even when nothing was seen, so accept() always returns. */
	h->fd = socket(h->P->kind->domain, h->P->kind->type | SOCK_CLOEXEC, 0);
	if (h->fd >= 0 && connect(h->fd, (struct sockaddr *)&h->P->addr, h->P->addrlen) < 0)
		h->err = errno;
	return NULL;
}

SC_TEST(accept_blocks_until_connection)
{
	struct helper h = { .P = P, .tid = gettid(), .bound_ms = sc_ms(2000), .fd = -1 };
	sigset_t alrm, old;
	pthread_t th;
	struct timespec until;
	int s, connecting;

	sc_listen(P, 4);
	/* The harness watchdog's SIGALRM must land in this thread only. */
	sigemptyset(&alrm);
	sigaddset(&alrm, SIGALRM);
	pthread_sigmask(SIG_BLOCK, &alrm, &old);
	SC_REQUIRE(pthread_create(&th, NULL, helper, &h) == 0, "pthread_create failed");
	pthread_sigmask(SIG_SETMASK, &old, NULL);

	s = sc_track(accept(P->l, NULL, NULL));
	connecting = h.connecting;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += h.bound_ms / 1000 + 3;
	SC_REQUIRE(pthread_timedjoin_np(th, NULL, &until) == 0, "the connecting thread did not finish");
	sc_track(h.fd);
	if (h.seen_blocked < 0)
		sc_unsupported("cannot read /proc/self/task/<tid>/syscall to see accept() blocked");
	SC_REQUIRE(h.fd >= 0 && h.err == 0, "the helper's connect failed: %s", sc_errname(h.err));
	SC_EXPECT(s >= 0, "accept() failed: %s", sc_errname(errno));
	SC_EXPECT(connecting, "accept() returned before any client connected");
	sc_observe_int("seen_blocked", h.seen_blocked);
	SC_EXPECT(h.seen_blocked == 1, "accept() was not seen blocked in the kernel within %d ms", h.bound_ms);
}
