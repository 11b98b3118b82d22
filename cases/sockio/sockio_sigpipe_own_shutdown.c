/* socket(7) Signals: writing onto a connection-oriented socket that has
 * been shut down by the local end sends SIGPIPE to the writer and returns
 * EPIPE.  (Shut down by the remote end: epipe_sigpipe_delivered.) */
#include "sc.h"
#include "blackhole.h"

SC_CASE(sockio_sigpipe_own_shutdown) = {
	.claim  = "a write after the writer's own shutdown(SHUT_WR) raises SIGPIPE and fails with EPIPE",
	.source = SC_SRC("man:socket(7)", "SIGPIPE on write: When writing onto a connection-oriented socket that has been shut down (by the local or the remote end) SIGPIPE is sent to the writing process and EPIPE is returned"),
	.kinds  = SC_CONNECTED,
	.key    = "sigpipes",
};

SC_TEST(sockio_sigpipe_own_shutdown)
{
	struct sc_res r;

	/* SCTP's shutdown is an exchange with the peer (SHUTDOWN, its ACK,
	 * COMPLETE) that loopback may finish before the next call: a deaf
	 * peer keeps it under way, as a real path does for a round trip,
	 * so the write meets the socket just shut down. */
	if (P->kind->caps & SC_SCTP)
		sc_blackhole(P->b);
	SC_REQUIRE_OK(shutdown(P->a, SHUT_WR));
	sc_catch(SIGPIPE, 0);
	r = SC_CALL(write(P->a, "x", 1));
	sc_observe_str("write_errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT_ERRNO_RES("write(P->a, \"x\", 1)", r, EPIPE);
	sc_observe_int("sigpipes", sc_caught(SIGPIPE));
	SC_EXPECT_EQ(sc_caught(SIGPIPE), 1);
}
