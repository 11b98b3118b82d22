/* tcp(7): tcp_frto enables F-RTO, which detects retransmission timeouts
 * that were spurious (RFC 4138/5682): if, after a timeout, ACKs cover data
 * that was never retransmitted, the timeout was not needed.  Four segments
 * reach the receiver while the sender is deaf to its ACKs; the sender
 * times out and retransmits the first; its ears are then opened, and the
 * next ACK covers all four.  The namespace counts the spurious timeouts
 * F-RTO finds (TcpExt TCPSpuriousRTOs).  Timestamps and D-SACK are off so
 * that no other mechanism undoes the timeout first; no tail loss probe, no
 * retransmission collapse. */
#include "sc.h"
#include "blackhole.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_frto_spurious) = {
	.claim   = "with F-RTO on, a retransmission timeout that ACKs of never-retransmitted data show to be spurious is detected; off, it is not",
	.source  = SC_SRC("man:tcp(7)", "tcp_frto: Enable F-RTO, an enhanced recovery algorithm for TCP retransmission timeouts (RTOs)"),
	.kinds   = SC_TCP,
	.key     = "spurious_rtos",
	.timeout = 8,
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "frto0", .value = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_frto/0: Disabled") },
	{ .name = "frto1", .value = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_frto/1: The basic version F-RTO algorithm is enabled") },
	{ .name = "frto2", .value = 2,
	  .src = SC_SRC("man:tcp(7)", "tcp_frto/2: Enable SACK-enhanced F-RTO if flow uses SACK") },
};
SC_VARIANTS(modes);

SC_TEST(tcp_frto_spurious)
{
	const struct mode *V = P->variant;
	static char buf[4000];
	struct sc_tcpinfo t;
	size_t got = 0;
	long s0, n;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_frto", V->value);
	sc_sysctl_set_int("net/ipv4/tcp_timestamps", 0);
	sc_sysctl_set_int("net/ipv4/tcp_dsack", 0);
	sc_sysctl_set_int("net/ipv4/tcp_early_retrans", 0);
	/* The timeout must resend the first segment alone, not all four merged. */
	sc_sysctl_set_int("net/ipv4/tcp_retrans_collapse", 0);
	sc_make_pair(P);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_NODELAY, 1);
	s0 = sc_tcpext("TCPSpuriousRTOs");
	sc_blackhole(P->a);
	for (int i = 0; i < 4; i++)
		sc_send_all(P->a, buf, sizeof buf / 4);
	while (got < sizeof buf) {
		ssize_t r;

		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the segments at the receiver");
		r = recv(P->b, buf, sizeof buf, MSG_DONTWAIT);
		SC_REQUIRE(r > 0, "recv() failed: %s", sc_errname(errno));
		got += (size_t)r;
	}
	SC_WAIT_UNTIL((t = sc_tcpinfo(P->a), t.total_retrans >= 1), 4000, "the retransmission timeout");
	sc_blackhole_lift(P->a);
	SC_WAIT_UNTIL((t = sc_tcpinfo(P->a), t.unacked == 0), 4000, "the receiver's ACK of all four");
	n = sc_tcpext("TCPSpuriousRTOs") - s0;
	sc_observe_int("spurious_rtos", n);
	sc_observe_int("retransmits", t.total_retrans);
	if (V->value)
		SC_EXPECT_CMP(n, >=, 1);
	else
		SC_EXPECT_EQ(n, 0);
}
