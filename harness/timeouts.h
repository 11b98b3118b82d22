/* Calls that should end by a timeout (SO_RCVTIMEO, SO_SNDTIMEO): the
 * call, started by a helper thread at t0, must not return before the
 * timeout and must return soon after it. */
#ifndef SC_TIMEOUTS_H
#define SC_TIMEOUTS_H
#include "sc.h"

/* Set SO_RCVTIMEO or SO_SNDTIMEO to ms as a set-up step (unsupported
 * where the kind lacks the option). */
void sc_set_timeo(int fd, int opt, int ms);
/* Wait for the call c started at t0 (sc_now_us()) with a timeout of ms:
 * it *deviates* if it returned without sleeping, or more than a clock
 * tick before the timeout by both the monotonic clock (timed from the
 * thread's call to its return) and the kernel's ticks ("returned ...
 * after N ms (T ms of clock ticks), before the M ms timeout"; the failing
 * step carries what the call returned), or is still blocked SC_BLOCKED_MS
 * after it ("still blocked N ms after the timeout").  Records returned
 * (yes or no), slept (yes or no) and returned_after_ms; reaps the thread
 * once it returned. */
void sc_expect_timeout_at(struct sc_here at, struct sc_call *c, long long t0, int ms);
#define sc_expect_timeout(c, t0, ms) sc_expect_timeout_at(SC_HERE, c, t0, ms)

#endif
