/* tcp(7) SIOCOUTQ: the amount of unsent data in the send queue.  Four bytes
 * sent to a peer that acknowledges nothing (deaf) have left (TCP_INFO:
 * nothing unsent, one segment unacknowledged): SIOCOUTQ should be 0. */
#include "sc.h"
#include "blackhole.h"
#include "tcpinfo.h"

SC_CASE(tcp_siocoutq_unsent) = {
	.claim  = "SIOCOUTQ counts only data not yet sent",
	.source = SC_SRC("man:tcp(7)", "SIOCOUTQ: Returns the amount of unsent data in the socket send queue."),
	.kinds  = SC_TCP,
	.key    = "siocoutq",
};

SC_TEST(tcp_siocoutq_unsent)
{
	struct sc_tcpinfo ti;

	sc_blackhole(P->b);
	SC_EXPECT_RET(send(P->a, "sent", 4, 0), 4);
	ti = sc_tcpinfo(P->a);
	SC_REQUIRE(ti.unacked == 1 && ti.notsent_bytes == 0,
		   "the data has not left (%u unacknowledged, %u unsent)", ti.unacked, ti.notsent_bytes);
	sc_observe_int("unsent", ti.notsent_bytes);
	sc_observe_int("siocoutq", sc_outq(P->a));
	SC_EXPECT_EQ(sc_outq(P->a), 0);
}
