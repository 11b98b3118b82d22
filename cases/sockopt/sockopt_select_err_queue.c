/* socket(7) SO_SELECT_ERR_QUEUE: with the option set, poll(2) reports
 * POLLPRI whenever it reports POLLERR.  An asynchronous error
 * (harness/pending_error.h) is left pending; poll's answer is compared
 * with and without the option. */
#include "sc.h"
#include "pending_error.h"
#include "rows.h"
#include <poll.h>

#ifndef SO_SELECT_ERR_QUEUE
#define SO_SELECT_ERR_QUEUE 45
#endif

SC_CASE(sockopt_select_err_queue) = {
	.claim  = "with SO_SELECT_ERR_QUEUE set, poll() reports POLLPRI along with POLLERR; without it, not",
	.source = SC_SRC("man:socket(7)", "SO_SELECT_ERR_QUEUE: Similarly, poll(2) also returns a POLLPRI whenever an POLLERR event is returned"),
	.kinds  = SC_ALL,
	.key    = "revents",
};

SC_VARIANTS(sc_set_rows);

SC_TEST(sockopt_select_err_queue)
{
	const struct sc_set_row *V = P->variant;
	short rev;

	if (V->on)
		SC_SETOPT(P->a, SOL_SOCKET, SO_SELECT_ERR_QUEUE, 1);
	sc_pending_error(P);
	rev = sc_poll(P->a, POLLPRI, 0);
	sc_observe_str("revents", (rev & POLLPRI) ? ((rev & POLLERR) ? "POLLERR|POLLPRI" : "POLLPRI")
			: (rev & POLLERR) ? "POLLERR" : "none");
	SC_EXPECT(rev & POLLERR, "poll() does not report the pending error (revents %#x)", (unsigned)rev);
	if (V->on)
		SC_EXPECT(rev & POLLPRI, "POLLERR without POLLPRI (revents %#x) with the option set", (unsigned)rev);
	else
		SC_EXPECT(!(rev & POLLPRI), "POLLPRI (revents %#x) without the option", (unsigned)rev);
}
