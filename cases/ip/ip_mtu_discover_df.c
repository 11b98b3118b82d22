/* ip(7): IP_MTU_DISCOVER decides the don't-fragment flag.  Stream sockets
 * do Path MTU Discovery by default (their segments carry DF).  On other
 * sockets IP_PMTUDISC_DO and IP_PMTUDISC_PROBE set DF on every packet;
 * IP_PMTUDISC_WANT sets DF on a datagram that fits the path MTU and
 * fragments one that does not; IP_PMTUDISC_DONT never sets DF.  Seen on
 * the wire, with lo's MTU at 1400 in the item's namespace (fragmenting
 * shows in its counters: Ip FragOKs, FragCreates). */
#include "sc.h"
#include "links.h"
#include "wire4.h"

SC_CASE(ip_mtu_discover_df) = {
	.claim   = "the don't-fragment flag on the wire follows IP_MTU_DISCOVER (DF on stream segments by default, on datagrams with DO, PROBE and WANT when they fit, never with DONT)",
	.source  = SC_SRC("man:ip(7)", "IP_MTU_DISCOVER: When enabled, Linux will perform Path MTU Discovery as defined in RFC 1191 on SOCK_STREAM sockets."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.fixture = SC_FIX_NONE,
	.key     = "df",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;		/* -1: the default */
	int df_small;		/* DF on a datagram that fits */
} modes[] = {
	{ .name = "stream_default", .value = -1, .df_small = 1, .kinds = SC_STREAM },
	{ .name = "do", .value = IP_PMTUDISC_DO, .df_small = 1, .kinds = SC_DGRAM,
	  .src = SC_SRC("man:ip(7)", "IP_MTU_DISCOVER: For non-SOCK_STREAM sockets, IP_PMTUDISC_DO forces the don't-fragment flag to be set on all outgoing packets.") },
	{ .name = "probe", .value = IP_PMTUDISC_PROBE, .df_small = 1, .kinds = SC_DGRAM,
	  .src = SC_SRC("man:ip(7)", "IP_MTU_DISCOVER: IP_PMTUDISC_PROBE Set DF but ignore Path MTU.") },
	{ .name = "want", .value = IP_PMTUDISC_WANT, .df_small = 1, .kinds = SC_DGRAM,
	  .src = SC_SRC("man:ip(7)", "IP_MTU_DISCOVER: IP_PMTUDISC_WANT will fragment a datagram if needed according to the path MTU, or will set the don't-fragment flag otherwise.") },
	{ .name = "dont", .value = IP_PMTUDISC_DONT, .df_small = 0, .kinds = SC_DGRAM,
	  .src = SC_SRC("man:ip(7)", "IP_MTU_DISCOVER: IP_PMTUDISC_DONT Never do Path MTU Discovery.") },
};
SC_VARIANTS(modes);

SC_TEST(ip_mtu_discover_df)
{
	const struct mode *V = P->variant;
	struct sc_ip4 p;
	int cap;

	sc_private_netns();
	sc_link_set_mtu("lo", 1400);
	sc_make_pair(P);
	cap = sc_wire_open(sc_wire_proto(P->kind));
	if (V->value >= 0)
		SC_SETOPT(P->a, IPPROTO_IP, IP_MTU_DISCOVER, V->value);
	sc_wire_carry(P, cap, 400, &p);
	sc_observe_int("df", p.df);
	SC_EXPECT_EQ(p.df, V->df_small);
	if (V->value != IP_PMTUDISC_WANT && V->value != IP_PMTUDISC_DONT)
		return;
	/* Over the MTU: sent in fragments (counted as it is sent). */
	static char big[2000];

	SC_EXPECT_RET(send(P->a, big, sizeof big, 0), (long)sizeof big);
	sc_observe_int("big_fragmented", sc_net_counter("snmp", "Ip", "FragOKs"));
	sc_observe_int("big_fragments", sc_net_counter("snmp", "Ip", "FragCreates"));
	SC_EXPECT_EQ(sc_net_counter("snmp", "Ip", "FragOKs"), 1);
	SC_EXPECT_CMP(sc_net_counter("snmp", "Ip", "FragCreates"), >=, 2);
}
