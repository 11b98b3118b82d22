/* See buffers_util.h. */
#include "buffers_util.h"
#include <stdio.h>
#include <stdlib.h>

volatile sig_atomic_t bu_caught;

static void *run(void *arg)
{
	struct bu_call *c = arg;

	c->tid = (int)syscall(SYS_gettid);
	switch (c->op) {
	case BU_READ:
		c->ret = read(c->fd, c->buf, c->len);
		break;
	case BU_WRITE:
		c->ret = write(c->fd, c->buf, c->len);
		break;
	case BU_DRAIN:
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
	c->err = c->ret < 0 ? errno : 0;
	__atomic_store_n(&c->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

void bu_start(struct bu_call *c, enum bu_op op, int fd, size_t len)
{
	size_t cap = op == BU_DRAIN ? 65536 : len;
	int e;

	*c = (struct bu_call){ .op = op, .fd = fd, .len = len };
	c->buf = malloc(cap ? cap : 1);
	if (!c->buf)
		sc_broken("out of memory for a %zu-byte buffer", cap);
	for (size_t i = 0; i < cap; i++)
		c->buf[i] = (char)('a' + i % 26);
	e = pthread_create(&c->th, NULL, run, c);
	if (e)
		sc_broken("pthread_create failed: %s", sc_errname(e));
}

int bu_blocked_in(struct bu_call *c, long sysno)
{
	char path[64], line[64];
	FILE *f;
	int ok = 0;

	if (!c->tid)
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
	}
	fclose(f);
	return ok;
}

void bu_wait_blocked(struct bu_call *c, long sysno, int ms, const char *what)
{
	SC_WAIT_UNTIL(__atomic_load_n(&c->done, __ATOMIC_ACQUIRE) ||
		      bu_blocked_in(c, sysno), ms, what);
}

void bu_join(struct bu_call *c, int ms, const char *what)
{
	SC_WAIT_UNTIL(__atomic_load_n(&c->done, __ATOMIC_ACQUIRE), ms, what);
	pthread_join(c->th, NULL);
	free(c->buf);
	c->buf = NULL;
}

static void count(int sig)
{
	(void)sig;
	bu_caught++;
}

void bu_catch(int sig, int flags)
{
	struct sigaction sa = { .sa_handler = count, .sa_flags = flags };

	sigemptyset(&sa.sa_mask);
	bu_caught = 0;
	if (sigaction(sig, &sa, NULL) < 0)
		sc_broken("sigaction(%d) failed: %s", sig, sc_errname(errno));
}



void bu_expect_default_bufs(const struct sc_kind *k, long wmem, long rmem)
{
	int fd = sc_kind_socket(k);
	long snd = sc_sockopt_int(fd, SO_SNDBUF), rcv = sc_sockopt_int(fd, SO_RCVBUF);

	sc_observe_int("default_sndbuf", snd);
	sc_observe_int("default_rcvbuf", rcv);
	SC_EXPECT_EQ(snd, wmem);
	SC_EXPECT_EQ(rcv, rmem);
}
