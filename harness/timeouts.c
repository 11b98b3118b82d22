/* Judging calls that end by a socket timeout. */
#include "internal.h"
#include "timeouts.h"
#include <sys/time.h>

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

/* When the helper thread made its call (0 before). */
static long long entered(struct sc_call *c)
{
	return __atomic_load_n(&c->entered_us, __ATOMIC_ACQUIRE);
}

void sc_expect_timeout_at(struct sc_here at, struct sc_call *c, long long t0, int ms)
{
	struct sc_deadline d = sc_deadline(ms + SC_WAIT_MS);
	/* In the kernel's ticks too: the monotonic clock alone may make a
	 * call seem early (sc_tick_ms). */
	long long c0 = sc_tick_ms();
	long long from;
	long after, ticks_after;

	/* Timed from the call itself: the helper thread may start late. */
	while (!entered(c) && sc_backoff(&d))
		;
	from = entered(c) > t0 ? entered(c) : t0;
	/* Until the timeout is due the call must stay in the kernel. */
	while (!sc_call_done(c) && sc_now_us() < from + ms * 1000LL)
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
	/* When the call returned, not when the body saw it had. */
	after = (long)((c->returned_us - from) / 1000);
	/* Counted from a moment after the call started: never too long. */
	ticks_after = (long)(sc_tick_ms() - c0);
	sc_observe_str("returned", "yes");
	sc_observe_str("slept", c->slept ? "yes" : "no");
	sc_observe_int("returned_after_ms", after);
	/* A call that never slept waited for no timeout, however long a
	 * preempted thread took over it. */
	if (!c->slept || (after < ms - SC_TICK_MS && ticks_after < ms - SC_TICK_MS)) {
		/* The step carries what the call returned (its errno). */
		sc_step(at, "the call returned no earlier than its timeout", sc_call_res(c), 0);
		sc_end(SC_DEVIATES, at, "the call returned no earlier than its timeout [%s%s%s]: "
		       "returned %ld%s%s after %ld ms (%ld ms of clock ticks)%s, before the %d ms timeout",
		       sc_run.variant ? sc_run.variant->name : "", sc_run.variant ? "/" : "",
		       sc_run.kind ? sc_run.kind->name : "?", c->ret, c->ret < 0 ? " " : "",
		       c->ret < 0 ? sc_errname(c->err) : "", after, ticks_after,
		       c->slept ? "" : " without sleeping", ms);
	}
	sc_step(at, "the call returned no earlier than its timeout", (struct sc_res){ 1, 0 }, 1);
	sc_call_join(c, 0, "the call");
}
