/* tcp(7): tcp_keepalive_time is the number of seconds a connection must be
 * idle before TCP sends keep-alive probes, and probes are sent only when
 * SO_KEEPALIVE is on.  With tcp_keepalive_time 1 in a private namespace,
 * a connection with SO_KEEPALIVE sends a segment after about a second of
 * idleness (tcpi_segs_out); a twin connection without it sends nothing. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_keepalive_time_idle) = {
	.claim   = "a keep-alive probe goes out once the connection has been idle tcp_keepalive_time seconds, and only with SO_KEEPALIVE",
	.source  = SC_SRC("man:tcp(7)", "tcp_keepalive_time: The number of seconds a connection needs to be idle before TCP begins sending out keep-alive probes. Keep-alives are sent only when the SO_KEEPALIVE socket option is enabled"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "first_probe_ms",
	.timeout = 8,
};

static long segs_out(int fd)
{
	struct sc_tcpinfo t = sc_tcpinfo(fd);

	SC_TCPI_NEED(t, segs_out);
	return t.segs_out;
}

SC_TEST(tcp_keepalive_time_idle)
{
	long a0, c0, ms;
	long long t0;
	int c;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_keepalive_time", 1);
	sc_listen(P, 4);
	P->a = sc_connect(P);
	P->b = sc_accept(P, SC_WAIT_MS);
	c = sc_connect(P);
	sc_accept(P, SC_WAIT_MS);
	SC_SETOPT(P->a, SOL_SOCKET, SO_KEEPALIVE, 1);
	a0 = segs_out(P->a);
	c0 = segs_out(c);
	t0 = sc_now_us();
	SC_WAIT_UNTIL(segs_out(P->a) > a0, 4000, "a keep-alive probe from the idle connection");
	ms = (sc_now_us() - t0) / 1000;
	sc_observe_int("first_probe_ms", ms);
	sc_observe_int("segs_without_keepalive", segs_out(c) - c0);
	SC_EXPECT(ms >= 900, "the first probe went out after %ld ms of idleness, before 1 s", ms);
	SC_EXPECT_EQ(segs_out(c) - c0, 0);
}
