/* Helpers for cases/buffers and cases/blocking: one blocking call run in a
 * helper thread, observed from the body through /proc, and socket buffer
 * sizes read with getsockopt. */
#ifndef BUFFERS_UTIL_H
#define BUFFERS_UTIL_H
#include "sc.h"
#include <pthread.h>
#include <sys/syscall.h>

enum bu_op { BU_READ, BU_WRITE, BU_DRAIN };

/* One call made by a helper thread.  Declare it static: the thread may
 * outlive a body that ends early, so nothing it touches lives on the
 * body's stack. */
struct bu_call {
	enum bu_op op;
	int fd;
	size_t len;          /* READ/WRITE: bytes; DRAIN: read until this many */
	char *buf;           /* owned by the helper */
	long ret;            /* READ/WRITE: the call's return; DRAIN: last read */
	int err;             /* errno when ret < 0 */
	size_t total;        /* DRAIN: bytes read in all */
	volatile int tid;
	volatile int done;
	pthread_t th;
};

/* Start the call in a new thread (len bytes; WRITE sends a pattern). */
void bu_start(struct bu_call *c, enum bu_op op, int fd, size_t len);
/* 1 when /proc says the thread sleeps inside system call sysno. */
int bu_blocked_in(struct bu_call *c, long sysno);
/* Wait until the thread sleeps in sysno or its call returned. */
void bu_wait_blocked(struct bu_call *c, long sysno, int ms, const char *what);
/* Wait for the call to return (else *timeout*) and reap the thread. */
void bu_join(struct bu_call *c, int ms, const char *what);

/* Install a counting handler for sig with these sa_flags (no SA_RESTART
 * means interrupted calls fail with EINTR). */
void bu_catch(int sig, int flags);
extern volatile sig_atomic_t bu_caught;

/* A fresh socket of kind k has SO_SNDBUF == wmem and SO_RCVBUF == rmem;
 * both are recorded (default_sndbuf, default_rcvbuf). */
void bu_expect_default_bufs(const struct sc_kind *k, long wmem, long rmem);
#endif
