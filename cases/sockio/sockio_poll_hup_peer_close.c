/* socket(7) I/O events: POLLHUP, a disconnection request has been
 * initiated by the other end.  The peer closes its socket; once that has
 * arrived (the socket reports something), POLLHUP must be among it. */
#include "sc.h"
#include "revents.h"

SC_CASE(sockio_poll_hup_peer_close) = {
	.claim  = "after the peer closes the connection, poll() reports POLLHUP",
	.source = SC_SRC("man:socket(7)", "poll POLLHUP disconnection request: POLLHUP A disconnection request has been initiated by the other end"),
	.kinds  = SC_CONNECTED,
	.key    = "revents",
};

SC_TEST(sockio_poll_hup_peer_close)
{
	short r;

	sc_close(&P->b);
	/* The close has arrived when the socket reports end of file (or,
	 * peeled off SCTP, its association is gone). */
	sc_wait_end(P->a, SC_WAIT_MS, "the peer's close to arrive");
	r = sc_poll(P->a, POLLIN | POLLRDHUP, 0);
	sc_observe_str("revents", sc_revents_name(r));
	SC_EXPECT(r & POLLHUP, "poll() reports %s after the peer closed, no POLLHUP", sc_revents_name(r));
}
