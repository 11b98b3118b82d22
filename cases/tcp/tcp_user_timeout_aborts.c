/* tcp(7) TCP_USER_TIMEOUT: the longest time in milliseconds transmitted data
 * may stay unacknowledged, or buffered data untransmitted because the
 * peer's window is zero, before TCP closes the connection and reports
 * ETIMEDOUT.  With 50 ms, a connection to a peer that stopped answering
 * (variant unacked), or whose receive window stays shut (zero_window),
 * fails with ETIMEDOUT in well under a second, where the defaults take
 * many minutes. */
#include "sc.h"
#include "blackhole.h"
#include "optclaim.h"
#include "tcpinfo.h"

SC_CASE(tcp_user_timeout_aborts) = {
	.claim   = "with TCP_USER_TIMEOUT 50 a connection whose data stays unacknowledged or untransmitted (zero window) is closed with ETIMEDOUT",
	.source  = SC_SRC("man:tcp(7)", "TCP_USER_TIMEOUT: the maximum amount of time in milliseconds that transmitted data may remain unacknowledged, or buffered data may remain untransmitted (due to zero window size) before TCP will forcibly close the corresponding connection and return ETIMEDOUT"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "closed_after_ms",
	.timeout = 6,
};

static const struct stall {
	SC_VARIANT_HEAD;
	int zero_window;
} stalls[] = {
	{ .name = "unacked", .zero_window = 0 },
	{ .name = "zero_window", .zero_window = 1 },
};
SC_VARIANTS(stalls);

SC_TEST(tcp_user_timeout_aborts)
{
	const struct stall *V = P->variant;
	int err = 0;
	socklen_t len = sizeof err;
	long long t0;

	if (V->zero_window) {
		sc_unacked_backlog(P);
		SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_USER_TIMEOUT, 50);
		t0 = sc_now_us();
		SC_REQUIRE(sc_tcpinfo(P->a).unacked == 0, "data is in flight, not held by a zero window");
	} else {
		sc_make_pair(P);
		SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_USER_TIMEOUT, 50);
		sc_blackhole(P->b);
		t0 = sc_now_us();
		SC_EXPECT_RET(send(P->a, "lost", 4, 0), 4);
	}
	SC_WAIT_UNTIL(sc_tcpinfo(P->a).state == TCP_CLOSE, 3000, "the connection to be closed");
	sc_observe_int("closed_after_ms", (sc_now_us() - t0) / 1000);
	SC_REQUIRE_OK(getsockopt(P->a, SOL_SOCKET, SO_ERROR, &err, &len));
	sc_observe_str("so_error", sc_errname(err));
	SC_EXPECT(err == ETIMEDOUT, "SO_ERROR is %s, not ETIMEDOUT", sc_errname(err));
}
