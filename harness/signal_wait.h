/* Waiting for a signal the kernel should raise (SIGIO, SIGURG, a real-time
 * signal set with F_SETSIG), counted by sc_catch() or a handler of the
 * case's own. */
#ifndef SC_SIGNAL_WAIT_H
#define SC_SIGNAL_WAIT_H

/* Wait until sc_caught(sig) > 0, at most ms; the count then (0 when none
 * came: the caller judges). */
int sc_wait_signal(int sig, int ms);
/* The same for a counter a handler of the case's own increments. */
int sc_wait_count(volatile int *count, int ms);

#endif
