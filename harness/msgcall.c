/* A blocking send()/recv() in a helper thread, made as the sendto/recvfrom
 * system call itself so /proc names the call whatever the C library does
 * (socketcall on some 32-bit ABIs). */
#include "internal.h"
#include "msgcall.h"
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <stdio.h>
#include <stdlib.h>

static void *run(void *arg)
{
	struct sc_msgcall *m = arg;
	struct sc_call *c = &m->c;

	sc_call_enter(c);
	if (m->op == SC_MSG_SEND)
		sc_call_leave(c, syscall(SYS_sendto, c->fd, c->buf, c->len, m->flags, NULL, 0));
	else
		sc_call_leave(c, syscall(SYS_recvfrom, c->fd, c->buf, c->len, m->flags, NULL, NULL));
	return NULL;
}

void sc_msgcall_start(struct sc_msgcall *m, enum sc_msgop op, int fd, size_t len, int flags)
{
	int e;

	memset(m, 0, sizeof *m);
	m->op = op;
	m->flags = flags;
	m->c.op = op == SC_MSG_SEND ? SC_OP_WRITE : SC_OP_READ;
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

/* The thread's scheduler state in /proc: 'S' while it sleeps. */
static char task_state(int tid)
{
	char path[64], line[512], *p;
	FILE *f;

	snprintf(path, sizeof path, "/proc/self/task/%d/stat", tid);
	f = fopen(path, "re");
	if (!f)
		return '?';
	p = fgets(line, sizeof line, f) ? strrchr(line, ')') : NULL;
	fclose(f);
	return p && p[1] == ' ' ? p[2] : '?';
}

int sc_msgcall_blocked(struct sc_msgcall *m)
{
	return sc_call_blocked_in(&m->c, m->op == SC_MSG_SEND ? SYS_sendto : SYS_recvfrom) &&
	       task_state(m->c.tid) == 'S' && !sc_call_done(&m->c);
}

void sc_msgcall_wait_blocked(struct sc_msgcall *m, const char *what)
{
	SC_WAIT_UNTIL(sc_call_done(&m->c) || sc_msgcall_blocked(m), SC_WAIT_MS, what);
}

/* TCP_INFO as long as the unacknowledged count, and SIOCOUTQNSD: qemu-user
 * passes TCP_INFO on as an int (4 bytes) and SIOCOUTQNSD not at all. */
static int tcp_reports_queue(int fd)
{
	struct tcp_info ti;
	socklen_t len = sizeof ti;
	int unsent;

	return getsockopt(fd, IPPROTO_TCP, TCP_INFO, &ti, &len) == 0 &&
	       len >= offsetof(struct tcp_info, tcpi_unacked) + sizeof ti.tcpi_unacked &&
	       ioctl(fd, SIOCOUTQNSD, &unsent) == 0;
}

size_t sc_fill_settled(int fd)
{
	size_t total, more = 1;
	int proto = -1, fixed = 65536;
	socklen_t len = sizeof proto;

	getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &len);
	/* MPTCP grows its send buffer after its subflows' while the data
	 * drains into them: a buffer set by hand is not grown. */
	if (proto == 262 /* IPPROTO_MPTCP */ &&
	    setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &fixed, sizeof fixed) < 0)
		sc_broken("setsockopt(SO_SNDBUF) failed: %s", sc_errname(errno));
	total = sc_fill(fd);
	if (proto == IPPROTO_TCP && tcp_reports_queue(fd)) {
		/* Room opens only as sent data is acknowledged (the
		 * acknowledgements also grow the send buffer).  The buffer
		 * stays full once nothing is in flight while data waits
		 * unsent: the peer's window is closed.  While the window is
		 * still open, every byte queued gets sent and acknowledged,
		 * and each round fills the room that opened; where the
		 * acknowledgements are processed late (softirqs deferred on
		 * a loaded machine, a ptrace layer's slow calls) one round is
		 * not enough. */
		for (int i = 0; i < 200; i++) {
			int unsent = 0;

			SC_WAIT_UNTIL(sc_tcp_info(fd, &(struct tcp_info){ 0 }) == 0 && sc_queue_len(fd) == 0,
				      SC_WAIT_MS, "the data in flight to be acknowledged");
			if (ioctl(fd, SIOCOUTQNSD, &unsent) < 0)
				sc_broken("ioctl(SIOCOUTQNSD) failed: %s", sc_errname(errno));
			total += sc_fill(fd);
			if (unsent > 0)
				return total;
		}
		sc_broken("the peer's window never closed (%zu bytes sent)", total);
	}
	if (proto == IPPROTO_SCTP) {
		/* Room opens as the peer's SACKs acknowledge data, the last
		 * of them up to the delayed-SACK time (sack_timeout, 200 ms)
		 * after it: fill until no room opens for longer than that
		 * (sctp_poll(): POLLOUT once wmem_queued is below sndbuf). */
		for (int i = 0; i < 200; i++) {
			if (!(sc_poll(fd, POLLOUT, 300) & POLLOUT))
				return total;
			total += sc_fill(fd);
		}
		sc_broken("the send buffer never stayed full (%zu bytes queued)", total);
	}
	if (proto != 262 && proto != IPPROTO_TCP)
		return total;
	/* MPTCP: room opens as the peer's DATA_ACKs acknowledge data at the
	 * connection level, the last of them with a subflow's delayed ACK
	 * (40 to 200 ms later).  Where the kernel reports the connection's
	 * queue (SIOCOUTQ: not acknowledged, SIOCOUTQNSD: not given to a
	 * subflow), the buffer stays full once everything given to the
	 * subflows is acknowledged while data waits: the peer's window is
	 * closed. */
	for (int i = 0; proto == 262 && i < 200; i++) {
		struct sc_deadline d = sc_deadline(300);
		int outq = -1, unsent = -1;

		while (ioctl(fd, SIOCOUTQ, &outq) == 0 && ioctl(fd, SIOCOUTQNSD, &unsent) == 0 &&
		       outq != unsent && sc_backoff(&d))
			;
		if (outq < 0 || unsent < 0 || outq != unsent)
			break;      /* data a subflow holds: judged by the pause below */
		total += sc_fill(fd);
		if (unsent > 0)
			return total;
	}
	/* Else (and for TCP where its queue is not reported) fill until a
	 * pause longer than a delayed ACK (TCP_DELACK_MAX, 200 ms) brings no
	 * more room. */
	for (int i = 0; more && i < 200; i++) {
		sc_poll(fd, POLLOUT, 250);
		more = sc_fill(fd);
		total += more;
	}
	if (more)
		sc_broken("the send buffer never stayed full (%zu bytes queued)", total);
	return total;
}
