/* ipv6(7) IPV6_ROUTER_ALERT: a raw socket set to value V is handed the
 * packets to be forwarded that carry a router alert hop-by-hop option of
 * value V, and the kernel does not forward them; a negative value stops
 * it.  In a private namespace that forwards, a frame is injected on the
 * veth end sc0 (AF_PACKET) towards sc1's MAC address, for 2001:db8:2::5,
 * routed out of sc0: with a router alert of another value it is forwarded
 * (Ip6OutForwDatagrams), with V it reaches the socket instead. */
#include "sc.h"
#include "icmp.h"
#include "links.h"
#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <netinet/ip6.h>
#include <poll.h>
#include <stdio.h>
#include <sys/ioctl.h>

SC_CASE(ipv6_router_alert) = {
	.claim   = "a raw socket with IPV6_ROUTER_ALERT V receives (instead of the kernel forwarding) packets whose router alert value is V; a negative value stops that",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_ROUTER_ALERT: Pass forwarded packets containing a router alert hop-by-hop option to this socket. Allowed only for SOCK_RAW sockets. The tapped packets are not forwarded by the kernel ... A negative integer disables delivery"),
	.kinds   = SC_INET6,
	.require = SC_PLAIN | SC_DGRAM, /* one item per variant: raw sockets */
	.fixture = SC_FIX_NONE,
	.key     = "set",
};

static const struct proto {
	SC_VARIANT_HEAD;
	int protocol;
} protos[] = {
	{ .name = "ipproto_raw", .src = SC_SRC("man:ipv6(7)", "IPV6_ROUTER_ALERT: Pass forwarded packets containing a router alert hop-by-hop option to this socket. Allowed only for SOCK_RAW sockets"), .protocol = IPPROTO_RAW },
	{ .name = "ipproto_udp", .src = SC_SRC("man:ipv6(7)", "IPV6_ROUTER_ALERT: Pass forwarded packets containing a router alert hop-by-hop option to this socket. Allowed only for SOCK_RAW sockets"), .protocol = IPPROTO_UDP },
};
SC_VARIANTS(protos);

#define ALERT 7

/* An Ethernet frame to sc1: IPv6, hop-by-hop router alert `value`, UDP. */
static size_t frame(unsigned char *f, const unsigned char *mac, int value)
{
	unsigned char *p = f;
	struct ip6_hdr ip = { 0 };
	static const char payload[] = "alert";
	uint16_t plen = 8 + 8 + 5;

	memcpy(p, mac, 6);
	memcpy(p + 6, (unsigned char[]){ 2, 0, 0, 0, 0, 1 }, 6);
	p[12] = 0x86;
	p[13] = 0xdd;
	p += 14;
	ip.ip6_flow = htonl(6u << 28);
	ip.ip6_plen = htons(plen);
	ip.ip6_nxt = 0; /* hop-by-hop options */
	ip.ip6_hlim = 64;
	inet_pton(AF_INET6, "2001:db8:9::1", &ip.ip6_src);
	inet_pton(AF_INET6, "2001:db8:2::5", &ip.ip6_dst);
	memcpy(p, &ip, sizeof ip);
	p += sizeof ip;
	/* next header UDP, length 0 (8 bytes): router alert, then PadN. */
	memcpy(p, (unsigned char[]){ IPPROTO_UDP, 0, 5, 2, (unsigned char)(value >> 8),
				     (unsigned char)value, 1, 0 }, 8);
	p += 8;
	memcpy(p, (unsigned char[]){ 0x04, 0xd2, 0x16, 0x2e, 0, 8 + 5, 0, 0 }, 8);
	p += 8;
	memcpy(p, payload, 5);
	return (size_t)(p + 5 - f);
}

SC_TEST(ipv6_router_alert)
{
	const struct proto *V = P->variant;
	struct sockaddr_ll ll = { .sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_IPV6) };
	struct ifreq ifr = { 0 };
	unsigned char f[128], got[256];
	int i0, i1, raw, pk;
	long fwd;
	size_t n;
	struct sc_res r;

	sc_veth_netns(&i0, &i1);
	sc_pin_cpu();
	sc_sysctl_set("net/ipv6/conf/all/forwarding", "1");
	sc_link_route(AF_INET6, "2001:db8:2::", 64, NULL, i0);
	raw = sc_track(socket(AF_INET6, SOCK_RAW, V->protocol));
	pk = sc_track(socket(AF_PACKET, SOCK_RAW, 0));
	SC_REQUIRE(raw >= 0 && pk >= 0, "raw sockets: %s", sc_errname(errno));
	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "sc1");
	SC_REQUIRE_OK(ioctl(pk, SIOCGIFHWADDR, &ifr));
	ll.sll_ifindex = i0;
	SC_REQUIRE_OK(bind(pk, (struct sockaddr *)&ll, sizeof ll));
	r = SC_CALL(setsockopt(raw, IPPROTO_IPV6, IPV6_ROUTER_ALERT, &(int){ ALERT }, sizeof(int)));
	sc_observe_str("set", r.ret < 0 ? sc_errname(r.err) : "accepted");
	sc_expect_ok(SC_HERE, "setsockopt(SOCK_RAW, IPV6_ROUTER_ALERT, 7)", r);
	/* Another value: forwarded, not delivered. */
	fwd = sc_net_counter("snmp6", "Ip6", "OutForwDatagrams");
	n = frame(f, (unsigned char *)ifr.ifr_hwaddr.sa_data, ALERT + 1);
	SC_REQUIRE(send(pk, f, n, 0) == (ssize_t)n, "injecting the frame failed: %s", sc_errname(errno));
	SC_WAIT_UNTIL(sc_net_counter("snmp6", "Ip6", "OutForwDatagrams") > fwd, SC_WAIT_MS,
		      "the packet with another alert value to be forwarded");
	SC_EXPECT_EQ(sc_poll(raw, POLLIN, 0) & POLLIN, 0);
	/* This value: delivered to the socket, not forwarded. */
	fwd = sc_net_counter("snmp6", "Ip6", "OutForwDatagrams");
	n = frame(f, (unsigned char *)ifr.ifr_hwaddr.sa_data, ALERT);
	SC_REQUIRE(send(pk, f, n, 0) == (ssize_t)n, "injecting the frame failed: %s", sc_errname(errno));
	sc_wait_fd(raw, POLLIN, SC_WAIT_MS, "the packet with the router alert at the raw socket");
	n = (size_t)SC_EXPECT_OK(recv(raw, got, sizeof got, MSG_DONTWAIT));
	SC_EXPECT(n >= 5 && !memcmp(got + n - 5, "alert", 5), "the raw socket received something else");
	SC_EXPECT_EQ(sc_net_counter("snmp6", "Ip6", "OutForwDatagrams"), fwd);
	/* Negative: no longer delivered, forwarded again. */
	SC_EXPECT_OK(setsockopt(raw, IPPROTO_IPV6, IPV6_ROUTER_ALERT, &(int){ -1 }, sizeof(int)));
	n = frame(f, (unsigned char *)ifr.ifr_hwaddr.sa_data, ALERT);
	SC_REQUIRE(send(pk, f, n, 0) == (ssize_t)n, "injecting the frame failed: %s", sc_errname(errno));
	SC_WAIT_UNTIL(sc_net_counter("snmp6", "Ip6", "OutForwDatagrams") > fwd, SC_WAIT_MS,
		      "the packet to be forwarded once delivery is off");
	SC_EXPECT_EQ(sc_poll(raw, POLLIN, 0) & POLLIN, 0);
}
