/* Counting signal handlers: how many times a signal was delivered, and
 * bounded waits for a delivery. */
#include "internal.h"

static volatile sig_atomic_t counts[65];

static void count(int sig)
{
	if (sig > 0 && sig < 65)
		counts[sig]++;
}

void sc_catch(int sig, int flags)
{
	struct sigaction sa = { .sa_handler = count, .sa_flags = flags };

	sigemptyset(&sa.sa_mask);
	counts[sig] = 0;
	if (sigaction(sig, &sa, NULL) < 0)
		sc_broken("sigaction(%s) failed: %s", sigabbrev_np(sig), sc_errname(errno));
}

int sc_caught(int sig)
{
	return counts[sig];
}

int sc_wait_signal(int sig, int ms)
{
	struct sc_deadline d = sc_deadline(ms);

	while (!sc_caught(sig) && sc_backoff(&d))
		;
	return sc_caught(sig);
}

int sc_wait_count(volatile int *count, int ms)
{
	struct sc_deadline d = sc_deadline(ms);

	while (!*count && sc_backoff(&d))
		;
	return *count;
}
