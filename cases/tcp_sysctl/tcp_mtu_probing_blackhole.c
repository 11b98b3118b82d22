/* tcp(7): tcp_mtu_probing 1 leaves MTU probing off until an ICMP black
 * hole is detected; 0 never turns it on.  A black hole is a path that
 * silently drops segments: here the peer is made deaf (a socket filter
 * drops what reaches it) after the handshake, so data sent to it is
 * retransmitted on timeouts until the kernel suspects the path
 * (tcp_retries1 is 0 so that happens at the second timeout).  With probing on demand the
 * sending MSS then falls to tcp_base_mss; with probing off it stays. */
#include "sc.h"
#include "blackhole.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_mtu_probing_blackhole) = {
	.claim   = "with tcp_mtu_probing 1 a connection starts at the path MSS and falls to tcp_base_mss once a black hole is detected; with 0 it never does",
	.source  = SC_SRC("man:tcp(7)", "tcp_mtu_probing/1: Disabled by default, enabled when an ICMP black hole detected"),
	.kinds   = SC_TCP,
	.key     = "snd_mss_after",
	.timeout = 8,       /* two retransmission timeouts: 0.2 + 0.4 s */
};

static const struct mode {
	SC_VARIANT_HEAD;
	int probing;
} modes[] = {
	{ .name = "probing1", .probing = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_mtu_probing/1: Disabled by default, enabled when an ICMP black hole detected") },
	{ .name = "probing0", .probing = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_mtu_probing/0: Disabled") },
};
SC_VARIANTS(modes);

SC_TEST(tcp_mtu_probing_blackhole)
{
	const struct mode *V = P->variant;
	struct sc_tcpinfo t;
	long before, base;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_mtu_probing", V->probing);
	sc_sysctl_set_int("net/ipv4/tcp_retries1", 0);
	sc_sysctl_set_int("net/ipv4/tcp_early_retrans", 0);
	base = sc_sysctl("net/ipv4/tcp_base_mss", 0);
	sc_make_pair(P);
	t = sc_tcpinfo(P->a);
	before = t.snd_mss;
	sc_observe_int("snd_mss_before", before);
	sc_observe_int("base_mss", base);
	SC_EXPECT_CMP(before, >, base);
	sc_blackhole(P->b);
	sc_send_all(P->a, "x", 1);
	if (V->probing) {
		SC_WAIT_UNTIL((t = sc_tcpinfo(P->a), (long)t.snd_mss != before), 5000,
			      "the sending MSS to change on the black hole");
	} else {
		/* Past the point where probing 1 reacts (the second timeout). */
		SC_WAIT_UNTIL((t = sc_tcpinfo(P->a), t.total_retrans >= 2), 5000,
			      "two retransmissions into the black hole");
	}
	sc_observe_int("snd_mss_after", t.snd_mss);
	sc_observe_int("retransmits", t.total_retrans);
	SC_EXPECT_EQ(t.snd_mss, V->probing ? base : before);
}
