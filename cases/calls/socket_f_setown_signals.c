/* socket(2): F_SETOWN names a process or process group to receive SIGURG
 * when out-of-band data arrives, or SIGPIPE when a SOCK_STREAM connection
 * breaks unexpectedly.  The item makes itself the owner of one end: the
 * peer then sends a byte of out-of-band data (variant sigurg), or closes
 * with SO_LINGER 0, a reset for TCP (variant sigpipe); SIGPIPE is blocked
 * so that, if raised, it stays pending to be seen. */
#include "sc.h"
#include "urgent.h"

SC_CASE(socket_f_setown_signals) = {
	.claim   = "the F_SETOWN owner receives SIGURG on out-of-band data and SIGPIPE when the stream breaks unexpectedly",
	.source  = SC_SRC("man:socket(2)", "F_SETOWN signals: to receive a SIGURG signal when the out-of-band data arrives or SIGPIPE signal when a SOCK_STREAM connection breaks unexpectedly"),
	.kinds   = SC_STREAM,
	.key     = "signals",
};

static const struct event {
	SC_VARIANT_HEAD;
	int sig;
} events[] = {
	/* Out-of-band data: the protocols that carry it. */
	{ .name = "sigurg", .kinds = SC_URGENT, .sig = SIGURG },
	{ .name = "sigpipe", .sig = SIGPIPE },
};
SC_VARIANTS(events);

SC_TEST(socket_f_setown_signals)
{
	const struct event *V = P->variant;
	struct linger lg = { 1, 0 };
	sigset_t block, pending;

	SC_REQUIRE_OK(fcntl(P->a, F_SETOWN, getpid()));
	if (V->sig == SIGURG) {
		sc_observe_int("urgent", sc_urgent_to_owner(P->b, P->a));
		sc_observe_int("signals", sc_caught(SIGURG));
		SC_EXPECT_CMP(sc_caught(SIGURG), >=, 1);
		return;
	}
	sigemptyset(&block);
	sigaddset(&block, SIGPIPE);
	SC_REQUIRE_OK(sigprocmask(SIG_BLOCK, &block, NULL));
	SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
	sc_close(&P->b);
	sc_wait_fd(P->a, POLLHUP | POLLERR | POLLRDHUP, SC_WAIT_MS, "the break to reach the owner's end");
	SC_REQUIRE_OK(sigpending(&pending));
	sc_observe_int("signals", sigismember(&pending, SIGPIPE));
	SC_EXPECT(sigismember(&pending, SIGPIPE), "no SIGPIPE is pending for the owner after the connection broke");
}
