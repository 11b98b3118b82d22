/* A blocking send()/recv() in a helper thread, made as the sendto/recvfrom
 * system call itself so /proc names the call whatever the C library does
 * (socketcall on some 32-bit ABIs). */
#include "internal.h"
#include "msgcall.h"
#include <stdlib.h>

static void *run(void *arg)
{
	struct sc_msgcall *m = arg;
	struct sc_call *c = &m->c;

	c->tid = (int)syscall(SYS_gettid);
	if (m->op == SC_MSG_SEND)
		c->ret = syscall(SYS_sendto, c->fd, c->buf, c->len, m->flags, NULL, 0);
	else
		c->ret = syscall(SYS_recvfrom, c->fd, c->buf, c->len, m->flags, NULL, NULL);
	c->err = c->ret < 0 ? errno : 0;
	__atomic_store_n(&c->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

void sc_msgcall_start(struct sc_msgcall *m, enum sc_msgop op, int fd, size_t len, int flags)
{
	int e;

	memset(m, 0, sizeof *m);
	m->op = op;
	m->flags = flags;
	m->c.fd = fd;
	m->c.len = len;
	m->c.buf = malloc(len ? len : 1);
	if (!m->c.buf)
		sc_broken("out of memory for a %zu-byte buffer", len);
	memset(m->c.buf, 'm', len ? len : 1);
	e = pthread_create(&m->c.th, NULL, run, m);
	if (e)
		sc_broken("pthread_create failed: %s", sc_errname(e));
}

int sc_msgcall_blocked(struct sc_msgcall *m)
{
	return sc_call_blocked_in(&m->c, m->op == SC_MSG_SEND ? SYS_sendto : SYS_recvfrom);
}

void sc_msgcall_wait_blocked(struct sc_msgcall *m, const char *what)
{
	SC_WAIT_UNTIL(sc_call_done(&m->c) || sc_msgcall_blocked(m), SC_WAIT_MS, what);
}
