/* With SO_LINGER {l_onoff 1, l_linger 0}, close() aborts the connection:
 * TCP sends a RST instead of a FIN (RFC 9293 ABORT), so the peer's read
 * fails with ECONNRESET and the closer keeps no TIME_WAIT state. */
#include "sc.h"
#include <poll.h>

SC_CASE(buffer_linger_zero_reset) = {
	.claim   = "close() with SO_LINGER {1, 0} resets the connection: the peer's read fails with ECONNRESET and the closer leaves no TIME_WAIT",
	.source  = SC_SRC("rfc:9293", "3.10.5 ABORT Call: a RESET segment is sent; the connection goes to CLOSED"),
	.also    = { SC_SRC("man:socket(7)", "SO_LINGER: linger active with a zero timeout") },
	.kinds   = SC_TCP,
	.key     = "peer_read",
};

SC_TEST(buffer_linger_zero_reset)
{
	struct linger lg = { 1, 0 };
	int lport = sc_port(P->a), rport = sc_port(P->l), st;
	char buf[16];
	struct sc_res r;

	SC_REQUIRE(lport > 0 && rport > 0, "ports %d, %d", lport, rport);
	SC_REQUIRE_OK(setsockopt(P->a, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
	sc_close(&P->a);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the reset to reach the peer");
	r = SC_CALL(read(P->b, buf, sizeof buf));
	sc_observe_str("peer_read", r.ret == 0 ? "EOF" : r.ret < 0 ? sc_errname(r.err) : "data");
	sc_expect_fail(SC_HERE, "read(P->b) after the linger-0 close", r,
		       (const int[]){ ECONNRESET }, 1);
	st = sc_proc_tcp(P->kind->domain, lport, rport, NULL);
	sc_observe_str("closer_state", st < 0 ? "gone" : sc_tcp_state_name(st));
	SC_EXPECT(st != TCP_TIME_WAIT, "the closed socket is listed in TIME_WAIT");
}
