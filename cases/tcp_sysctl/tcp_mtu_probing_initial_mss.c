/* tcp(7): tcp_mtu_probing 0 disables packetization-layer path MTU
 * discovery, 2 always enables it starting from tcp_base_mss, and
 * tcp_base_mss is "the initial MSS used by the connection" when probing is
 * enabled.  Right after the handshake, before any data could probe
 * upwards, the connection's sending MSS (tcpi_snd_mss) is either what the
 * path allows (on loopback far above tcp_base_mss: the peer's MSS, bounded
 * by half its first window) or exactly tcp_base_mss. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_mtu_probing_initial_mss) = {
	.claim   = "a new connection sends with the path's MSS when MTU probing is off, and starts at tcp_base_mss when it is always on",
	.source  = SC_SRC("man:tcp(7)", "tcp_mtu_probing/2: Always enabled, use initial MSS of tcp_base_mss"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "snd_mss",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int probing, base_mss;   /* base_mss 0: leave the default */
} modes[] = {
	{ .name = "probing0", .probing = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_mtu_probing/0: Disabled") },
	{ .name = "probing2", .probing = 2,
	  .src = SC_SRC("man:tcp(7)", "tcp_mtu_probing/2: Always enabled, use initial MSS of tcp_base_mss") },
	{ .name = "base_mss1200", .probing = 2, .base_mss = 1200,
	  .src = SC_SRC("man:tcp(7)", "tcp_base_mss: If MTU probing is enabled, this is the initial MSS used by the connection") },
};
SC_VARIANTS(modes);

SC_TEST(tcp_mtu_probing_initial_mss)
{
	const struct mode *V = P->variant;
	struct sc_tcpinfo ta, tb;
	long base;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_mtu_probing", V->probing);
	if (V->base_mss)
		sc_sysctl_set_int("net/ipv4/tcp_base_mss", V->base_mss);
	sc_make_pair(P);
	ta = sc_tcpinfo(P->a);
	tb = sc_tcpinfo(P->b);
	base = sc_sysctl("net/ipv4/tcp_base_mss", 0);
	sc_observe_int("snd_mss", ta.snd_mss);
	sc_observe_int("peer_advmss", tb.advmss);
	sc_observe_int("base_mss", base);
	if (V->probing)
		SC_EXPECT_EQ(ta.snd_mss, base);
	else
		SC_EXPECT_CMP(ta.snd_mss, >, base);
}
