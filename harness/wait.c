/* Bounded waits on kernel state.  Nothing here sleeps for a fixed time:
 * each wait returns as soon as the state it waits for is there, and gives
 * a *timeout* verdict when the bound passes first. */
#include "internal.h"
#include <linux/sockios.h>
#include <poll.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/times.h>
#include <time.h>

int sc_ms(int ms)
{
	static double mult;

	if (mult == 0) {
		const char *m = getenv("SC_TIMEOUT_MULT");

		mult = m ? atof(m) : 1.0;
		if (mult < 1.0)
			mult = 1.0;
	}
	return (int)(ms * mult);
}

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

long long sc_now_us(void)
{
	return now_ns() / 1000;
}

long long sc_tick_ms(void)
{
	struct tms tm;

	return (long long)times(&tm) * 1000 / sysconf(_SC_CLK_TCK);
}

struct sc_deadline sc_deadline(int ms)
{
	ms = sc_ms(ms);
	return (struct sc_deadline){ now_ns() + ms * 1000000LL, ms, 0 };
}

int sc_backoff(struct sc_deadline *d)
{
	if (now_ns() >= d->end_ns)
		return 0;
	/* Yield first: on loopback most state changes are a softirq away. */
	if (d->tries++ < 200)
		sched_yield();
	else
		poll(NULL, 0, 1);
	return 1;
}

short sc_poll(int fd, short events, int ms)
{
	struct sc_deadline d = sc_deadline(ms);

	for (;;) {
		struct pollfd p = { .fd = fd, .events = events };
		long long left = (d.end_ns - now_ns()) / 1000000;
		int r = poll(&p, 1, left > 0 ? (int)left : 0);

		if (r > 0)
			return p.revents;
		if (r == 0 || (r < 0 && errno != EINTR) || left <= 0)
			return 0;
	}
}

short sc_wait_fd_at(struct sc_here at, int fd, short events, int ms, const char *what)
{
	short r = sc_poll(fd, events, ms);

	if (!r)
		sc_end(SC_TIMEOUT, at, "waited %d ms for %s", sc_ms(ms), what);
	return r;
}

int sc_tcp_info(int fd, struct tcp_info *ti)
{
	socklen_t len = sizeof *ti;

	memset(ti, 0, sizeof *ti);
	return getsockopt(fd, IPPROTO_TCP, TCP_INFO, ti, &len) < 0 ? -errno : 0;
}

int sc_tcp_state(int fd)
{
	struct tcp_info ti;

	return sc_tcp_info(fd, &ti) < 0 ? -1 : ti.tcpi_state;
}

const char *sc_tcp_state_name(int state)
{
	static const char *const names[] = {
		"?", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1",
		"FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK",
		"LISTEN", "CLOSING", "NEW_SYN_RECV",
	};

	if (state < 0 || state >= (int)(sizeof names / sizeof *names))
		return "?";
	return names[state];
}

long sc_inq(int fd)
{
	static char peek[1 << 18];
	int n;
	ssize_t r;

	if (ioctl(fd, SIOCINQ, &n) == 0)
		return n;
	if (errno != ENOTTY && errno != EOPNOTSUPP && errno != EINVAL)
		return -errno;
	/* A family without SIOCINQ (vsock before 6.14): count by peeking. */
	r = recv(fd, peek, sizeof peek, MSG_PEEK | MSG_DONTWAIT);
	if (r < 0)
		return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -errno;
	return r;
}

long sc_outq(int fd)
{
	int n;

	return ioctl(fd, SIOCOUTQ, &n) < 0 ? -errno : n;
}

void sc_wait_inq(int fd, long n, int ms)
{
	int proto = -1, type = -1;
	socklen_t len = sizeof proto;
	long q;

	/* SCTP keeps message boundaries on every type, and SIOCINQ counts the
	 * next message only: all that can be waited for is one to read. */
	if (getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &len) == 0 && proto == IPPROTO_SCTP) {
		sc_wait_fd(fd, POLLIN, ms, "a message to read");
		return;
	}
	len = sizeof type;
	if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) < 0)
		type = -1;
	/* A message kind whose queue neither SIOCINQ nor a peek can count
	 * (vsock seqpacket before Linux 6.6: MSG_PEEK fails once a message is
	 * there) has a whole message to read when the count fails. */
	SC_WAIT_UNTIL((q = sc_inq(fd)) >= n || (q < 0 && type != SOCK_STREAM), ms,
		      "the data to be queued for reading (SIOCINQ)");
	if (q < 0)
		sc_wait_fd(fd, POLLIN, ms, "a message to read (the queue cannot be counted)");
}
