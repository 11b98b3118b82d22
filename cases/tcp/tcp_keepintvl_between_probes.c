/* tcp(7) TCP_KEEPINTVL: the time in seconds between keepalive probes.  To a
 * peer that no longer answers, probes follow one another at this interval:
 * with 1 s, the second probe leaves about a second after the first. */
#include "sc.h"
#include "blackhole.h"
#include "optclaim.h"
#include "tcpinfo.h"

SC_CASE(tcp_keepintvl_between_probes) = {
	.claim   = "unanswered keepalive probes are TCP_KEEPINTVL seconds apart",
	.source  = SC_SRC("man:tcp(7)", "TCP_KEEPINTVL: The time (in seconds) between individual keepalive probes."),
	.kinds   = SC_TCP,
	.key     = "interval_ms",
	.timeout = 8,
};

SC_TEST(tcp_keepintvl_between_probes)
{
	long long t1, ms;

	sc_blackhole(P->b);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_KEEPIDLE, 1);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_KEEPCNT, 9);
	SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_KEEPINTVL, 1);
	SC_SETOPT(P->a, SOL_SOCKET, SO_KEEPALIVE, 1);
	SC_WAIT_UNTIL(sc_tcpinfo(P->a).probes >= 1, 3000, "the first keepalive probe");
	t1 = sc_now_us();
	SC_WAIT_UNTIL(sc_tcpinfo(P->a).probes >= 2, 3000, "the second keepalive probe");
	ms = (sc_now_us() - t1) / 1000;
	sc_observe_int("interval_ms", ms);
	SC_EXPECT_CMP(ms, >=, 800);
	/* Seeing the probe late (a busy or emulated CPU) adds to the gap:
	 * the slack scales with the run's bounds. */
	SC_EXPECT_CMP(ms, <=, 1000 + sc_ms(800));
}
