/* tcp(7): with tcp_slow_start_after_idle, TCP times out the congestion
 * window after an idle period of one RTO (RFC 2861); disabled, the window
 * survives idleness.  A bulk transfer (Reno, for a window that only the
 * ACK clock moves) grows the sender's window; the connection then idles
 * until the kernel's own idle clock (tcpi_last_data_sent) passes twice
 * the RTO, and one byte is sent. */
#include "sc.h"
#include "bulk.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_slow_start_after_idle_cwnd) = {
	.claim   = "after an idle RTO the congestion window is cut back when tcp_slow_start_after_idle is on, kept when off",
	.source  = SC_SRC("man:tcp(7)", "tcp_slow_start_after_idle: If enabled, provide RFC 2861 behavior and time out the congestion window after an idle period"),
	.kinds   = SC_TCP,
	.key     = "cwnd_after_idle",
	.timeout = 8,
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "idle1", .value = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_slow_start_after_idle: If enabled, provide RFC 2861 behavior and time out the congestion window after an idle period. An idle period is defined as the current RTO") },
	{ .name = "idle0", .value = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_slow_start_after_idle: If disabled, the congestion window will not be timed out after an idle period") },
};
SC_VARIANTS(modes);

SC_TEST(tcp_slow_start_after_idle_cwnd)
{
	const struct mode *V = P->variant;
	struct sc_tcpinfo t;
	long before;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_slow_start_after_idle", V->value);
	sc_listen(P, 1);
	P->a = sc_kind_socket(P->kind);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_MAXSEG, 1000);
	SC_SETOPT(P->a, SOL_SOCKET, SO_SNDBUF, 1 << 20);
	SC_REQUIRE_OK(connect(P->a, (struct sockaddr *)&P->addr, P->addrlen));
	P->b = sc_accept(P, SC_WAIT_MS);
	if (setsockopt(P->a, IPPROTO_TCP, TCP_CONGESTION, "reno", 4) < 0)
		sc_unsupported("TCP_CONGESTION \"reno\": %s", sc_errname(errno));
	sc_bulk(P->a, P->b, 4 << 20);
	SC_WAIT_UNTIL((t = sc_tcpinfo(P->a), t.unacked == 0), SC_WAIT_MS, "every byte acknowledged");
	before = t.snd_cwnd;
	sc_observe_int("cwnd_before_idle", before);
	SC_REQUIRE(before > 10, "the transfer left a congestion window of %ld, no bigger than the initial one",
		   before);
	SC_WAIT_UNTIL((t = sc_tcpinfo(P->a), t.last_data_sent > 2 * t.rto / 1000), 3000,
		      "the connection to idle for two RTOs");
	sc_observe_int("idle_ms", t.last_data_sent);
	sc_bulk(P->a, P->b, 1);
	t = sc_tcpinfo(P->a);
	sc_observe_int("cwnd_after_idle", t.snd_cwnd);
	if (V->value)
		SC_EXPECT_CMP(t.snd_cwnd, <=, before / 2);
	else
		SC_EXPECT_CMP(t.snd_cwnd, >=, before);
}
