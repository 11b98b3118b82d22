/* ip(7): /proc/sys/net/ipv4/ip_forward enables IP forwarding.  A packet
 * for a host beyond another link arrives on fw1 (sc_fwd_path): with
 * ip_forward 0 (the default of a new namespace) it is not forwarded, with
 * 1 it is (Ip ForwDatagrams counts it). */
#include "sc.h"
#include "ip4.h"
#include "rows.h"
#include "wire4.h"

SC_CASE(ip_forward_sysctl) = {
	.claim   = "a packet for another network is forwarded when ip_forward is 1 and not when it is 0",
	.source  = SC_SRC("man:ip(7)", "ip_forward: Enable IP forwarding with a boolean flag."),
	.kinds   = SC_INET,		/* the host forwards IPv4; a plain kind runs it */
	.require = SC_PLAIN | SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "forwarded",
};

SC_VARIANTS(sc_sysctl_rows);

SC_TEST(ip_forward_sysctl)
{
	unsigned char udp[8 + 4] = { 0x9c, 0x40, 0x9c, 0x41, 0, 12, 0, 0, 'f', 'w', 'd', '!' }, pkt[64];
	size_t len = sc_ip4_build(pkt, SC_FWD_SRC, SC_FWD_DST, IPPROTO_UDP, 64, NULL, 0, udp, sizeof udp);
	long on;

	sc_private_netns();
	sc_fwd_path();
	on = sc_sysctl_row(P, "net/ipv4/ip_forward");
	sc_fwd_inject(pkt, len);
	/* Forwarded, it is counted; refused, it is an address error. */
	SC_WAIT_UNTIL(sc_net_counter("snmp", "Ip", "ForwDatagrams") + sc_net_counter("snmp", "Ip", "InAddrErrors") >= 1,
		      SC_WAIT_MS, "the packet to be forwarded or refused");
	sc_observe_int("forwarded", sc_net_counter("snmp", "Ip", "ForwDatagrams"));
	sc_observe_int("refused", sc_net_counter("snmp", "Ip", "InAddrErrors"));
	SC_EXPECT_EQ(sc_net_counter("snmp", "Ip", "ForwDatagrams"), on ? 1 : 0);
}
