/* Helpers shared by the cases of cases/eof, epipe, close and teardown. */
#ifndef CLOSE_UTIL_H
#define CLOSE_UTIL_H
#include "sc.h"

static inline int cl_is_tcp(const struct sc_pair *P)
{
	return (P->kind->bit & SC_TCP) != 0;
}

/* Close P->b and bring P->a to the point where its next write fails: for
 * TCP wait for the FIN, write once (the peer answers with RST) and wait for
 * the RST; AF_UNIX needs nothing more.  Returns the writes that succeeded. */
int cl_break_pipe(struct sc_pair *P);

/* One byte sent with flags; returns the result with errno captured. */
struct sc_res cl_send1(int fd, int flags);

#endif

/* How long a FIN that was never sent is looked for.  On loopback the FIN
 * leaves inside close() itself and is processed in the same softirq run, so
 * the positive controls see it in well under a millisecond (they record
 * fin_latency_us); 200 ms leaves a margin of over two orders of magnitude
 * for a loaded machine and is scaled by SC_TIMEOUT_MULT. */
#define CL_NO_FIN_MS 200

/* Expect that fd (the peer) shows no sign of a FIN: no POLLIN/POLLRDHUP
 * within CL_NO_FIN_MS. */
void cl_expect_no_fin(int fd);

/* Close *fd (the last reference) and expect the peer to see end of file;
 * records fin_latency_us. */
void cl_expect_fin_on_close(int *fd, int peer);

/* For TCP kinds, record fd's state and expect ESTABLISHED. */
void cl_expect_established(const struct sc_pair *P, int fd, const char *obs);
