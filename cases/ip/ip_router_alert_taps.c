/* ip(7): IP_ROUTER_ALERT on a raw socket passes it every packet to be
 * forwarded that carries the Router Alert option; the kernel does not
 * forward such a packet, and the socket's binding is ignored (it is
 * bound to 127.0.0.1 here).  The packet arrives on fw1 for a host beyond
 * fw2 (sc_fwd_path) with ip_forward 1. */
#include "sc.h"
#include "ip4.h"
#include "wire4.h"
#include <arpa/inet.h>

SC_CASE(ip_router_alert_taps) = {
	.claim   = "a raw socket with IP_ROUTER_ALERT receives a to-be-forwarded packet with the Router Alert option, and the kernel does not forward it",
	.source  = SC_SRC("man:ip(7)", "IP_ROUTER_ALERT: Pass all to-be forwarded packets with the IP Router Alert option set to this socket. ... The tapped packets are not forwarded by the kernel ... Socket binding is ignored, such packets are filtered only by protocol."),
	.kinds   = SC_INET,		/* the host forwards IPv4; a plain kind runs it */
	.require = SC_PLAIN | SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "tapped",
};

SC_TEST(ip_router_alert_taps)
{
	unsigned char udp[8 + 4] = { 0x9c, 0x40, 0x9c, 0x41, 0, 12, 0, 0, 'r', 'a', 'l', 't' };
	unsigned char ra[4] = { 0x94, 0x04, 0x00, 0x00 }, pkt[64], got[128];
	size_t len = sc_ip4_build(pkt, SC_FWD_SRC, SC_FWD_DST, IPPROTO_UDP, 64, ra, 4, udp, sizeof udp);
	struct sockaddr_in lo = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int raw, one = 1;
	long n;

	sc_private_netns();
	sc_fwd_path();
	sc_sysctl_set("net/ipv4/ip_forward", "1");
	raw = socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_UDP);
	if (raw < 0)
		sc_unsupported("socket(AF_INET, SOCK_RAW) failed: %s", sc_errname(errno));
	sc_track(raw);
	SC_REQUIRE_OK(bind(raw, (struct sockaddr *)&lo, sizeof lo));
	SC_EXPECT_OK(setsockopt(raw, IPPROTO_IP, IP_ROUTER_ALERT, &one, sizeof one));
	sc_fwd_inject(pkt, len);
	sc_wait_fd(raw, POLLIN, SC_WAIT_MS, "the Router Alert packet at the raw socket");
	n = recv(raw, got, sizeof got, MSG_DONTWAIT);
	sc_observe_int("tapped", n);
	sc_observe_int("forwarded", sc_net_counter("snmp", "Ip", "ForwDatagrams"));
	SC_EXPECT_EQ(n, (long)len);
	SC_EXPECT(n == (long)len && !memcmp(got + 24 + 8, "ralt", 4), "the raw socket read another packet");
	SC_EXPECT_EQ(sc_net_counter("snmp", "Ip", "ForwDatagrams"), 0);
}
