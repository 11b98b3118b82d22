/* tcp(7) TCP_NODELAY: with the Nagle algorithm (the default) a small write
 * is held while earlier data is unacknowledged; with TCP_NODELAY set every
 * write leaves at once.  The peer acknowledges nothing (it is deaf), so
 * after a first small segment the next four small writes leave as four
 * segments with TCP_NODELAY and stay queued without it. */
#include "sc.h"
#include "blackhole.h"
#include "optclaim.h"
#include "tcpinfo.h"

SC_CASE(tcp_nodelay_sends_at_once) = {
	.claim  = "without TCP_NODELAY small writes wait while data is unacknowledged; with it each is sent at once",
	.source = SC_SRC("man:tcp(7)", "TCP_NODELAY: If set, disable the Nagle algorithm. This means that segments are always sent as soon as possible ... When not set, data is buffered until there is a sufficient amount to send out"),
	.kinds  = SC_TCP,
	.key    = "segments",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int nodelay;
} modes[] = {
	{ .name = "nagle", .nodelay = 0 },
	{ .name = "nodelay", .nodelay = 1 },
};
SC_VARIANTS(modes);

SC_TEST(tcp_nodelay_sends_at_once)
{
	const struct mode *V = P->variant;
	struct sc_tcpinfo ti;
	uint32_t before, sent;

	sc_blackhole(P->b);
	sc_observe_int("nodelay_default", sc_getopt_int(P->a, IPPROTO_TCP, TCP_NODELAY));
	if (V->nodelay)
		SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_NODELAY, 1);
	SC_EXPECT_RET(send(P->a, "first", 5, 0), 5);
	ti = sc_tcpinfo(P->a);
	SC_TCPI_NEED(ti, data_segs_out);
	SC_REQUIRE(ti.unacked == 1, "the first segment is not in flight (%u unacknowledged)", ti.unacked);
	/* A retransmission of the first segment (its timer fires when the
	 * writes below are slow, as under emulation) is not a new segment. */
	before = ti.data_segs_out - ti.total_retrans;
	for (int i = 0; i < 4; i++)
		SC_EXPECT_RET(send(P->a, "small", 5, 0), 5);
	ti = sc_tcpinfo(P->a);
	sent = ti.data_segs_out - ti.total_retrans - before;
	sc_observe_int("segments", sent);
	sc_observe_int("unsent", ti.notsent_bytes);
	SC_EXPECT_EQ(sent, V->nodelay ? 4 : 0);
	SC_EXPECT_EQ(ti.notsent_bytes, V->nodelay ? 0 : 20);
}
