/* socket(7) I/O events: POLLIN, new data arrived. */
#include "sc.h"
#include "revents.h"

SC_CASE(sockio_poll_pollin_data) = {
	.claim  = "poll() reports POLLIN once data has arrived, and not before",
	.source = SC_SRC("man:socket(7)", "poll POLLIN data: POLLIN New data arrived"),
	.kinds  = SC_ALL,
	.key    = "revents",
};

SC_TEST(sockio_poll_pollin_data)
{
	short before = sc_poll(P->b, POLLIN, 0), after;

	sc_observe_str("revents_before", sc_revents_name(before));
	SC_EXPECT(!(before & POLLIN), "POLLIN before any data (%s)", sc_revents_name(before));
	sc_send_all(P->a, "d", 1);
	after = sc_poll(P->b, POLLIN, SC_WAIT_MS);
	sc_observe_str("revents", sc_revents_name(after));
	SC_EXPECT(after & POLLIN, "no POLLIN %d ms after the data was sent (%s)", SC_WAIT_MS, sc_revents_name(after));
}
