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

int sc_proc_tcp(int family, int lport, int rport, long *txq)
{
	FILE *f = fopen(family == AF_INET6 ? "/proc/net/tcp6" : "/proc/net/tcp", "re");
	char line[512];
	unsigned lp, rp, st;
	unsigned long q;
	int state = -1;

	if (txq)
		*txq = -1;
	if (!f)
		return -1;
	while (state < 0 && fgets(line, sizeof line, f))
		if (sscanf(line, " %*d: %*[0-9A-Fa-f]:%x %*[0-9A-Fa-f]:%x %x %lx",
			   &lp, &rp, &st, &q) == 4 &&
		    (int)lp == lport && (int)rp == rport) {
			state = (int)st;
			if (txq)
				*txq = (long)q;
		}
	fclose(f);
	return state;
}

long sc_inq(int fd)
{
	int n;

	return ioctl(fd, SIOCINQ, &n) < 0 ? -errno : n;
}

long sc_outq(int fd)
{
	int n;

	return ioctl(fd, SIOCOUTQ, &n) < 0 ? -errno : n;
}

long sc_sysctl(const char *path, int idx)
{
	char file[256], buf[256], *p = buf, *end;
	FILE *f;
	long v = -1;

	snprintf(file, sizeof file, "/proc/sys/%s", path);
	f = fopen(file, "re");
	if (!f)
		return -1;
	if (fgets(buf, sizeof buf, f))
		for (int i = 0; i <= idx; i++) {
			v = strtol(p, &end, 10);
			if (end == p) {
				v = -1;
				break;
			}
			p = end;
		}
	fclose(f);
	return v;
}

long sc_sysctl_or_unsupported(const char *path, int idx)
{
	long v = sc_sysctl(path, idx);

	if (v < 0)
		sc_unsupported("cannot read /proc/sys/%s", path);
	sc_observe_int(path, v);
	return v;
}
