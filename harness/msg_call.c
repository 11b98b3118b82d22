/* recv/send with flags in a helper thread. */
#include "msg_call.h"
#include <stdlib.h>
#include <sys/resource.h>

struct msg_call {
	struct sc_call *c;
	int flags, send;
};

static void *run(void *arg)
{
	struct msg_call *m = arg;
	struct sc_call *c = m->c;
	struct rusage r0, r1;

	c->tid = (int)syscall(SYS_gettid);
	getrusage(RUSAGE_THREAD, &r0);
	__atomic_store_n(&c->entered_us, sc_now_us(), __ATOMIC_RELEASE);
	if (m->send)
		c->ret = send(c->fd, c->buf, c->len, m->flags);
	else
		c->ret = recv(c->fd, c->buf, c->len, m->flags);
	c->err = c->ret < 0 ? errno : 0;
	c->returned_us = sc_now_us();
	getrusage(RUSAGE_THREAD, &r1);
	c->slept = r1.ru_nvcsw != r0.ru_nvcsw;
	free(m);
	__atomic_store_n(&c->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

static void start(struct sc_call *c, int fd, size_t len, int flags, int send)
{
	struct msg_call *m = malloc(sizeof *m);
	int e;

	*c = (struct sc_call){ .op = send ? SC_OP_WRITE : SC_OP_READ, .fd = fd, .len = len };
	c->buf = calloc(1, len ? len : 1);
	if (!m || !c->buf)
		sc_broken("out of memory for a %zu-byte buffer", len);
	*m = (struct msg_call){ c, flags, send };
	e = pthread_create(&c->th, NULL, run, m);
	if (e)
		sc_broken("pthread_create failed: %s", sc_errname(e));
}

void sc_call_recv_start(struct sc_call *c, int fd, size_t len, int flags)
{
	start(c, fd, len, flags, 0);
}

void sc_call_send_start(struct sc_call *c, int fd, size_t len, int flags)
{
	start(c, fd, len, flags, 1);
}
