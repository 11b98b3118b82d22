/* socket(7) I/O events: POLLERR, an asynchronous error occurred
 * (harness/pending_error.h: an ICMP port unreachable, a reset, a peer gone
 * with data unread, a datagram peer disconnecting). */
#include "sc.h"
#include "pending_error.h"
#include "revents.h"

SC_CASE(sockio_poll_pollerr) = {
	.claim  = "an asynchronous error makes poll() report POLLERR",
	.source = SC_SRC("man:socket(7)", "poll POLLERR: POLLERR An asynchronous error occurred"),
	.kinds  = SC_ALL,
	.key    = "revents",
};

SC_TEST(sockio_poll_pollerr)
{
	short rev;

	sc_cause_error(P);
	/* Other events may come first: wait for the error itself. */
	struct sc_deadline d = sc_deadline(SC_WAIT_MS);

	while (!((rev = sc_poll(P->a, POLLIN, 0)) & POLLERR) && sc_backoff(&d))
		;
	sc_observe_str("revents", sc_revents_name(rev));
	SC_EXPECT(rev & POLLERR, "poll() reports %s %d ms after the error was caused, no POLLERR",
		  sc_revents_name(rev), d.ms);
}
