/* Bounded waits for signals. */
#include "sc.h"
#include "signal_wait.h"

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
