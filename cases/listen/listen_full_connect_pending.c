/* listen(2): if a connection request arrives when the queue is full, the
 * request may be ignored (the protocol retransmits) so that a later
 * reattempt succeeds.  A TCP connect beyond capacity is not refused: it
 * stays in SYN_SENT (non-blocking connect in progress, not writable) and
 * completes once accept() has made room in the queue. */
#include "sc.h"
#include <poll.h>

SC_CASE(listen_full_connect_pending) = {
	.claim  = "a connection request to a full queue is ignored, not refused, and a later retransmission succeeds once there is room",
	.source = SC_SRC("man:listen(2)", "full queue ignored: ... if the underlying protocol supports retransmission, the request may be ignored so that a later reattempt at connection succeeds"),
	.also   = { SC_SRC("man:tcp(7)", "tcp_abort_on_overflow: by default a listener too slow to accept drops the connection request instead of resetting it") },
	.kinds  = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key    = "pending_state",
	.timeout = 12,
};

SC_TEST(listen_full_connect_pending)
{
	int over, err, so = -1, ms = 7000;
	socklen_t sl = sizeof so;
	long cap;

	sc_listen(P, 1);
	cap = sc_fill_queue(P, 8, &over, &err);
	sc_observe_int("capacity", cap);
	SC_REQUIRE(over >= 0, "all %ld connections were queued", cap);
	sc_observe_str("pending_state", sc_tcp_state_name(sc_tcp_state(over)));
	SC_EXPECT_EQ(sc_tcp_state(over), TCP_SYN_SENT);
	SC_EXPECT_EQ(sc_poll(over, POLLOUT, 0) & (POLLOUT | POLLERR | POLLHUP), 0);
	SC_EXPECT_ERRNO(connect(over, (struct sockaddr *)&P->addr, P->addrlen), EALREADY);

	sc_accept(P, SC_WAIT_MS);
	/* The client learns of the room only when it retransmits its SYN:
	 * after 1 s, then 2 s later (initial RTO 1 s, doubling). */
	sc_wait_fd(over, POLLOUT, ms, "the pending connect to complete after accept()");
	SC_REQUIRE_OK(getsockopt(over, SOL_SOCKET, SO_ERROR, &so, &sl));
	SC_EXPECT_EQ(so, 0);
	sc_observe_str("completed_state", sc_tcp_state_name(sc_tcp_state(over)));
	SC_EXPECT_EQ(sc_tcp_state(over), TCP_ESTABLISHED);
	SC_WAIT_UNTIL(sc_queue_len(P->l) == cap, ms, "the late connection to join the queue");
}
