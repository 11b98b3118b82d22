/* socket(7) I/O events: POLLIN on a listening socket, a connection setup
 * has been completed (for connection-oriented sockets). */
#include "sc.h"
#include "revents.h"

SC_CASE(sockio_poll_pollin_connection) = {
	.claim  = "a listener reports POLLIN once a connection is complete, and not before",
	.source = SC_SRC("man:socket(7)", "poll POLLIN connection: POLLIN A connection setup has been completed (for connection-oriented sockets)"),
	.kinds  = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "revents",
};

SC_TEST(sockio_poll_pollin_connection)
{
	short before, after;

	sc_listen(P, 4);
	before = sc_poll(P->l, POLLIN, 0);
	sc_observe_str("revents_before", sc_revents_name(before));
	SC_EXPECT(!(before & POLLIN), "POLLIN before any connection (%s)", sc_revents_name(before));
	sc_connect(P);
	after = sc_poll(P->l, POLLIN, SC_WAIT_MS);
	sc_observe_str("revents", sc_revents_name(after));
	SC_EXPECT(after & POLLIN, "no POLLIN %d ms after a connection completed (%s)", SC_WAIT_MS,
		  sc_revents_name(after));
}
