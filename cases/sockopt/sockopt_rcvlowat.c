/* socket(7) SO_RCVLOWAT: the minimum number of bytes in the buffer until
 * the socket layer passes the data to the user; since Linux 2.6.28
 * poll(2) reports a socket readable only when at least SO_RCVLOWAT bytes
 * are there.  With the mark at 8 and 4 bytes queued, poll must not report
 * POLLIN and a blocking read must wait; 4 more bytes release both.  The
 * read is started on an empty queue, or with the first 4 bytes already
 * queued. */
#include "sc.h"

SC_CASE(sockopt_rcvlowat) = {
	.claim  = "with SO_RCVLOWAT n, fewer than n queued bytes neither make poll() report POLLIN nor end a blocking read; n bytes do",
	.source = SC_SRC("man:socket(7)", "SO_RCVLOWAT: Specify the minimum number of bytes in the buffer until the socket layer will pass the data to ... the user on receiving"),
	.kinds  = SC_STREAM, /* byte streams: a datagram is passed whole */
	.key    = "early",
};

enum how { POLL, READ, READ_FROM_PARTIAL };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "poll", .how = POLL,
	  .src = SC_SRC("man:socket(7)", "SO_RCVLOWAT: Since Linux 2.6.28, select(2), poll(2), and epoll(7) indicate a socket as readable only if at least SO_RCVLOWAT bytes are available") },
	{ .name = "read", .how = READ },
	{ .name = "read_from_partial", .how = READ_FROM_PARTIAL },
};
SC_VARIANTS(variants);

#define MARK 8

static void expect_blocked(struct sc_call *c)
{
	sc_observe_str("early", sc_call_done(c) ? "returned" : "blocked");
	SC_EXPECT(!sc_call_done(c), "read() returned %ld bytes with 4 of %d queued", c->ret, MARK);
}

SC_TEST(sockopt_rcvlowat)
{
	const struct variant *V = P->variant;
	static struct sc_call c;
	long sleeps;
	short rev;

	SC_EXPECT_OK(setsockopt(P->b, SOL_SOCKET, SO_RCVLOWAT, &(int){ MARK }, sizeof(int)));
	switch (V->how) {
	case POLL:
		sc_send_all(P->a, "abcd", 4);
		sc_wait_inq(P->b, 4, SC_WAIT_MS);
		rev = sc_poll(P->b, POLLIN, 0);
		sc_observe_str("early", rev & POLLIN ? "POLLIN" : "none");
		SC_EXPECT(!(rev & POLLIN), "poll() reported POLLIN with 4 of %d bytes queued", MARK);
		sc_send_all(P->a, "efgh", 4);
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "POLLIN once SO_RCVLOWAT bytes are queued");
		return;
	case READ:
		sc_call_start(&c, SC_OP_READ, P->b, 64);
		sc_call_wait_blocked(&c, SYS_read, "the read to block on the empty queue");
		sleeps = sc_call_sleeps(&c);
		sc_send_all(P->a, "abcd", 4);
		/* The bytes have reached the receiver, and the reader is asleep
		 * again or has returned: they are queued there (the reader was
		 * not woken), or the reader was woken and slept again (it may
		 * hold them already, as vsock's does). */
		SC_WAIT_UNTIL(sc_call_done(&c) ||
			      (sc_call_blocked_in(&c, SYS_read) &&
			       (sc_inq(P->b) >= 4 || sc_call_sleeps(&c) > sleeps)),
			      SC_WAIT_MS, "the first bytes to reach the reader");
		expect_blocked(&c);
		sc_send_all(P->a, "efgh", 4);
		sc_call_join(&c, SC_WAIT_MS, "the read to return once the mark is reached");
		break;
	case READ_FROM_PARTIAL:
		sc_send_all(P->a, "abcd", 4);
		sc_wait_inq(P->b, 4, SC_WAIT_MS);
		sc_call_start(&c, SC_OP_READ, P->b, 64);
		sc_call_wait_blocked(&c, SYS_read, "the read to block below the mark");
		expect_blocked(&c);
		sc_send_all(P->a, "efgh", 4);
		/* Woken by the data's arrival, it returns at once. */
		struct sc_deadline d = sc_deadline(SC_BLOCKED_MS);

		while (!sc_call_done(&c) && sc_backoff(&d))
			;
		sc_observe_str("released_at_mark", sc_call_done(&c) ? "yes" : "no");
		SC_EXPECT(sc_call_done(&c), "read() still blocked %d ms after SO_RCVLOWAT bytes were queued", d.ms);
		sc_call_join(&c, 0, "the read");
		break;
	}
	SC_EXPECT_RET(c.ret, MARK);
}
