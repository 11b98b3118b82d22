/* Judging calls that end by a socket timeout. */
#include "timeouts.h"
#include <sys/time.h>
#include <sys/times.h>

/* The kernel rounds a timeout to clock ticks: a call may end up to one
 * tick (10 ms at HZ=100) before the time given. */
#define TICK_MS 10

void sc_set_timeo(int fd, int opt, int ms)
{
	struct timeval tv = { ms / 1000, (ms % 1000) * 1000 };
	int e;

	if (setsockopt(fd, SOL_SOCKET, opt, &tv, sizeof tv) == 0)
		return;
	e = errno;
	if (e == ENOPROTOOPT || e == EOPNOTSUPP)
		sc_unsupported("setsockopt(%s): %s: this kind lacks the option",
			       opt == SO_RCVTIMEO ? "SO_RCVTIMEO" : "SO_SNDTIMEO", sc_errname(e));
	sc_broken("setsockopt(%s, %d ms) failed: %s",
		  opt == SO_RCVTIMEO ? "SO_RCVTIMEO" : "SO_SNDTIMEO", ms, sc_errname(e));
}

void sc_expect_timeout_at(struct sc_here at, struct sc_call *c, long long t0, int ms)
{
	long long end = t0 + ms * 1000LL;
	struct sc_deadline d = sc_deadline(ms + SC_WAIT_MS);
	struct tms tm;
	/* The kernel's ticks, which the timeout counts (times()): in a guest
	 * the monotonic clock may run ahead of them while a vCPU is held up,
	 * and a call then seems to return early by it alone. */
	clock_t c0 = times(&tm);
	long after, ticks_after;

	/* Until the timeout is due the call must stay in the kernel. */
	while (!sc_call_done(c) && sc_now_us() < end)
		if (!sc_backoff(&d))
			break;
	/* Past the timeout it must return at once (a timer-driven return
	 * comes within a tick or two and a wakeup): SC_BLOCKED_MS later, a
	 * call still in the kernel has no timeout. */
	if (!sc_call_done(c)) {
		struct sc_deadline late = sc_deadline(SC_BLOCKED_MS);

		while (!sc_call_done(c) && sc_backoff(&late))
			;
		if (!sc_call_done(c)) {
			sc_observe_str("returned", "no");
			sc_expect_true(at, "the call returns at its timeout", 0,
				       "the call was still blocked %d ms after the timeout", late.ms);
		}
	}
	after = (long)((sc_now_us() - t0) / 1000);
	/* Counted from a moment after the call started: never too long. */
	ticks_after = (long)(times(&tm) - c0) * (1000 / sysconf(_SC_CLK_TCK));
	sc_observe_str("returned", "yes");
	sc_observe_int("returned_after_ms", after);
	sc_expect_true(at, "the call returned no earlier than its timeout",
		       after >= ms - TICK_MS || ticks_after >= ms - TICK_MS,
		       "returned after %ld ms (%ld ms of clock ticks), before the %d ms timeout",
		       after, ticks_after, ms);
	sc_call_join(c, 0, "the call");
}
