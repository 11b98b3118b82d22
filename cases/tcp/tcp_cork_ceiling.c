/* tcp(7) TCP_CORK: output is corked for at most 200 ms; then the queued
 * data leaves by itself.  A corked small write reaches the peer without
 * the cork being cleared, after about 200 ms. */
#include "sc.h"
#include "optclaim.h"

SC_CASE(tcp_cork_ceiling) = {
	.claim   = "data held by TCP_CORK is sent by itself after a 200 ms ceiling",
	.source  = SC_SRC("man:tcp(7)", "TCP_CORK: there is a 200 millisecond ceiling on the time for which output is corked by TCP_CORK. If this ceiling is reached, then queued data is automatically transmitted."),
	.kinds   = SC_TCP,
	.key     = "corked_ms",
	.timeout = 6,
};

SC_TEST(tcp_cork_ceiling)
{
	long long t0, ms;

	SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_CORK, 1);
	t0 = sc_now_us();
	SC_EXPECT_RET(send(P->a, "corked", 6, 0), 6);
	SC_EXPECT_EQ(sc_inq(P->b), 0);
	/* Far beyond the ceiling: a cork that never lifts deviates. */
	sc_poll(P->b, POLLIN, 1500);
	ms = (sc_now_us() - t0) / 1000;
	sc_observe_int("corked_ms", sc_inq(P->b) >= 6 ? ms : -1);
	SC_EXPECT(sc_inq(P->b) >= 6, "the corked bytes were still not sent after %lld ms", ms);
	/* Timer granularity and a busy machine may add to the ceiling. */
	SC_EXPECT_CMP(ms, >=, 150);
	SC_EXPECT_CMP(ms, <=, 200 + sc_ms(300));
}
