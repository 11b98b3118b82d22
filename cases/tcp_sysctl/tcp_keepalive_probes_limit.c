/* tcp(7): tcp_keepalive_probes is the maximum number of keep-alive probes
 * sent without an answer before the connection is killed.  The peer is
 * made deaf (a socket filter drops what reaches it), so no probe is
 * answered; with keepalive time and interval of 1 s and 1 probe the
 * connection dies with ETIMEDOUT after exactly 1 probe (the count of
 * unanswered probes, tcpi_probes, is followed until the error). */
#include "sc.h"
#include "blackhole.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_keepalive_probes_limit) = {
	.claim   = "after tcp_keepalive_probes unanswered probes the connection is killed",
	.source  = SC_SRC("man:tcp(7)", "tcp_keepalive_probes: The maximum number of TCP keep-alive probes to send before giving up and killing the connection if no response is obtained from the other end"),
	.kinds   = SC_TCP,
	.key     = "probes_sent",
	.timeout = 10,
};

#define PROBES 1

SC_TEST(tcp_keepalive_probes_limit)
{
	struct sc_tcpinfo t;
	long s0, most = 0;
	int so = 0;
	socklen_t sl = sizeof so;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_keepalive_time", 1);
	sc_sysctl_set_int("net/ipv4/tcp_keepalive_intvl", 1);
	sc_sysctl_set_int("net/ipv4/tcp_keepalive_probes", PROBES);
	sc_make_pair(P);
	sc_blackhole(P->b);
	SC_SETOPT(P->a, SOL_SOCKET, SO_KEEPALIVE, 1);
	t = sc_tcpinfo(P->a);
	SC_TCPI_NEED(t, segs_out);
	s0 = t.segs_out;
	SC_WAIT_UNTIL((t = sc_tcpinfo(P->a), most = t.probes > most ? t.probes : most,
		       sc_poll(P->a, POLLERR, 0) & POLLERR), 7000, "the connection to be killed");
	SC_REQUIRE_OK(getsockopt(P->a, SOL_SOCKET, SO_ERROR, &so, &sl));
	t = sc_tcpinfo(P->a);
	sc_observe_int("probes_sent", most);
	sc_observe_int("segments_sent", t.segs_out - s0);
	sc_observe_str("so_error", so ? sc_errname(so) : "0");
	SC_EXPECT_EQ(so, ETIMEDOUT);
	SC_EXPECT_EQ(most, PROBES);
}
