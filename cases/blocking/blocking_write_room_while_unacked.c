/* socket(7)/POSIX: a write blocks (or, non-blocking, fails with EAGAIN)
 * only when the send buffer has no room; data still queued unsent or
 * unacknowledged does not lock it.  With SIOCOUTQ > 0 (the receiver's
 * window is full) but room in the send buffer, poll() reports POLLOUT and
 * a non-blocking send() queues its bytes at once. */
#include "sc.h"

SC_CASE(blocking_write_room_while_unacked) = {
	.claim   = "a write blocks only when the send buffer is full: with unacknowledged data queued but room left, POLLOUT is set and send() succeeds at once",
	.source  = SC_SRC("posix", "send(): If space is not available at the sending socket to hold the message to be transmitted, and O_NONBLOCK is not set, send() shall block until space is available"),
	.also    = { SC_SRC("man:socket(7)", "poll POLLOUT: Socket has enough send buffer space for writing new data") },
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "outq_before",
};

SC_TEST(blocking_write_room_while_unacked)
{
	static const char more[1000];
	long before;

	sc_unacked_backlog(P);
	before = sc_outq(P->a);
	sc_observe_int("outq_before", before);
	SC_REQUIRE(before > 0, "nothing unacknowledged is queued");
	SC_EXPECT(sc_poll(P->a, POLLOUT, 0) & POLLOUT, "poll() does not report POLLOUT with %ld bytes unacknowledged", before);
	SC_EXPECT_RET(send(P->a, more, sizeof more, MSG_DONTWAIT | MSG_NOSIGNAL), (long)sizeof more);
	sc_observe_int("outq_after", sc_outq(P->a));
	SC_EXPECT_EQ(sc_outq(P->a), before + (long)sizeof more);
}
