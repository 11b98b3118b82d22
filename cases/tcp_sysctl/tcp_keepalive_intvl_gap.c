/* tcp(7): tcp_keepalive_intvl is the number of seconds between keep-alive
 * probes.  The peer is made deaf so the first probe goes unanswered; with
 * tcp_keepalive_intvl 1 the second probe follows about a second later
 * (the default would take 75 s). */
#include "sc.h"
#include "blackhole.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_keepalive_intvl_gap) = {
	.claim   = "unanswered keep-alive probes are tcp_keepalive_intvl seconds apart",
	.source  = SC_SRC("man:tcp(7)", "tcp_keepalive_intvl: The number of seconds between TCP keep-alive probes"),
	.kinds   = SC_TCP,
	.key     = "gap_ms",
	.timeout = 8,
};

static long segs_out(int fd)
{
	struct sc_tcpinfo t = sc_tcpinfo(fd);

	SC_TCPI_NEED(t, segs_out);
	return t.segs_out;
}

SC_TEST(tcp_keepalive_intvl_gap)
{
	long s0, gap;
	long long t1;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_keepalive_time", 1);
	sc_sysctl_set_int("net/ipv4/tcp_keepalive_intvl", 1);
	sc_make_pair(P);
	sc_blackhole(P->b);
	SC_SETOPT(P->a, SOL_SOCKET, SO_KEEPALIVE, 1);
	s0 = segs_out(P->a);
	SC_WAIT_UNTIL(segs_out(P->a) > s0, 4000, "the first keep-alive probe");
	t1 = sc_now_us();
	SC_WAIT_UNTIL(segs_out(P->a) > s0 + 1, 4000, "the second keep-alive probe");
	gap = (sc_now_us() - t1) / 1000;
	sc_observe_int("gap_ms", gap);
	SC_EXPECT(gap >= 800 && gap <= 1600, "the probes were %ld ms apart, not about 1000", gap);
}
