/* tcp(7) TCP_CORK: while set, partial frames are not sent; clearing it
 * sends what was queued.  Three small writes under the cork leave no
 * segment; uncorked, they leave as one. */
#include "sc.h"
#include "optclaim.h"
#include "tcpinfo.h"

SC_CASE(tcp_cork_holds_partial) = {
	.claim  = "with TCP_CORK set small writes are held (no segment leaves); clearing it sends them together",
	.source = SC_SRC("man:tcp(7)", "TCP_CORK: If set, don't send out partial frames. All queued partial frames are sent when the option is cleared again."),
	.kinds  = SC_TCP,
	.key    = "segments_after_uncork",
};

SC_TEST(tcp_cork_holds_partial)
{
	struct sc_tcpinfo ti = sc_tcpinfo(P->a);
	uint32_t before;

	SC_TCPI_NEED(ti, data_segs_out);
	before = ti.data_segs_out;
	SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_CORK, 1);
	for (int i = 0; i < 3; i++)
		SC_EXPECT_RET(send(P->a, "0123456789", 10, 0), 10);
	ti = sc_tcpinfo(P->a);
	sc_observe_int("segments_while_corked", ti.data_segs_out - before);
	sc_observe_int("unsent_while_corked", ti.notsent_bytes);
	SC_EXPECT_EQ(ti.data_segs_out - before, 0);
	SC_EXPECT_EQ(ti.notsent_bytes, 30);
	SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_CORK, 0);
	sc_wait_inq(P->b, 30, SC_WAIT_MS);
	ti = sc_tcpinfo(P->a);
	sc_observe_int("segments_after_uncork", ti.data_segs_out - before);
	SC_EXPECT_EQ(ti.data_segs_out - before, 1);
	SC_EXPECT_EQ(sc_inq(P->b), 30);
}
