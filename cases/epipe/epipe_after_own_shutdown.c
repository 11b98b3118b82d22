/* A write after the socket's own shutdown(SHUT_WR) fails at once with
 * EPIPE: no network exchange is involved, the socket is shut down for
 * writing. */
#include "sc.h"
#include "blackhole.h"

SC_CASE(epipe_after_own_shutdown) = {
	.claim  = "a write after the writer's own shutdown(SHUT_WR) fails at once with EPIPE",
	.source = SC_SRC("posix", "send(): [EPIPE] the socket is shut down for writing"),
	.also   = { SC_SRC("man:send(2)", "EPIPE: the local end has been shut down on a connection oriented socket") },
	.kinds  = SC_CONNECTED,
	.key    = "write_errno",
};

SC_TEST(epipe_after_own_shutdown)
{
	struct sc_res r;

	/* SCTP's shutdown is an exchange with the peer (SHUTDOWN, its ACK,
	 * COMPLETE) that loopback may finish before the next call: a deaf
	 * peer keeps it under way, as a real path does for a round trip,
	 * so the write meets the socket just shut down. */
	if (P->kind->caps & SC_SCTP)
		sc_blackhole(P->b);
	SC_REQUIRE_OK(shutdown(P->a, SHUT_WR));
	r = SC_CALL(send(P->a, "x", 1, MSG_NOSIGNAL));
	sc_observe_str("write_errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT(r.ret == -1 && r.err == EPIPE, "send returned %ld %s", r.ret,
		  r.ret < 0 ? sc_errname(r.err) : "");
	SC_EXPECT_ERRNO(write(P->a, "y", 1), EPIPE);
}
