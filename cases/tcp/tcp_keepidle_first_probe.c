/* tcp(7) TCP_KEEPIDLE: with SO_KEEPALIVE set, TCP sends the first keepalive
 * probe after the connection has been idle this many seconds.  With 1 s,
 * the peer receives a segment carrying no new data about a second after
 * the connection fell idle, and none before. */
#include "sc.h"
#include "optclaim.h"
#include "tcpinfo.h"

SC_CASE(tcp_keepidle_first_probe) = {
	.claim   = "with SO_KEEPALIVE and TCP_KEEPIDLE 1 the first keepalive probe leaves after 1 s of idleness",
	.source  = SC_SRC("man:tcp(7)", "TCP_KEEPIDLE: The time (in seconds) the connection needs to remain idle before TCP starts sending keepalive probes, if the socket option SO_KEEPALIVE has been set on this socket."),
	.kinds   = SC_TCP,
	.key     = "probe_ms",
	.timeout = 8,
};

SC_TEST(tcp_keepidle_first_probe)
{
	struct sc_tcpinfo a = sc_tcpinfo(P->a), b = sc_tcpinfo(P->b);
	uint32_t in0 = b.segs_in, data0 = a.data_segs_out;
	long long t0 = sc_now_us(), ms;

	SC_TCPI_NEED(a, data_segs_out);
	SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_KEEPIDLE, 1);
	SC_CLAIM_OPT(P->a, SOL_SOCKET, SO_KEEPALIVE, 1);
	SC_WAIT_UNTIL(sc_tcpinfo(P->b).segs_in != in0, 3000, "a keepalive probe at the peer");
	ms = (sc_now_us() - t0) / 1000;
	sc_observe_int("probe_ms", ms);
	a = sc_tcpinfo(P->a);
	SC_EXPECT_EQ(a.data_segs_out, data0);
	SC_EXPECT_CMP(ms, >=, 800);
	/* The slack for seeing the probe late scales with the run's bounds. */
	SC_EXPECT_CMP(ms, <=, 1000 + sc_ms(800));
}
