/* ip(7): /proc/sys/net/ipv6/ip6frag_time is the time in seconds an IPv6
 * fragment is kept in memory.  Set to 1 s in the item's namespace, a
 * lone first fragment sent to ::1 is dropped after it (the reassembly
 * times out: Ip6ReasmTimeout, and no fragment is left queued). */
#include "sc.h"
#include <arpa/inet.h>
#include <netinet/ip6.h>
#include <stdio.h>

SC_CASE(ip6frag_time_expires) = {
	.claim   = "an incomplete IPv6 datagram's fragments are dropped ip6frag_time seconds after they arrived",
	.source  = SC_SRC("man:ip(7)", "ip6frag_time: Time in seconds to keep an IPv6 fragment in memory."),
	.kinds   = SC_INET6,		/* the machine's; a plain kind runs it */
	.require = SC_PLAIN | SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "expired_after_ms",
	.timeout = 8,			/* the fragment waits 1 s */
};

/* FRAG6 inuse of /proc/net/sockstat6: incomplete datagrams queued. */
static long frag6_inuse(void)
{
	return sc_proc_long("/proc/net/sockstat6", "FRAG6: inuse %ld");
}

SC_TEST(ip6frag_time_expires)
{
	unsigned char pkt[40 + 8 + 16];
	struct sockaddr_in6 to = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	long long sent;
	int raw;

	sc_private_netns();
	sc_sysctl_set("net/ipv6/ip6frag_time", "1");
	SC_REQUIRE(sc_sysctl("net/ipv6/ip6frag_time", 0) == 1, "ip6frag_time did not take 1");
	raw = socket(AF_INET6, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_RAW);
	if (raw < 0)
		sc_unsupported("socket(AF_INET6, SOCK_RAW, IPPROTO_RAW) failed: %s", sc_errname(errno));
	sc_track(raw);
	/* IPv6 header, then a fragment header: offset 0, more fragments. */
	memset(pkt, 0, sizeof pkt);
	pkt[0] = 0x60;
	pkt[5] = 8 + 16;			/* payload length */
	pkt[6] = IPPROTO_FRAGMENT;
	pkt[7] = 64;
	memcpy(pkt + 8, &to.sin6_addr, 16);
	memcpy(pkt + 24, &to.sin6_addr, 16);
	pkt[40] = IPPROTO_UDP;
	pkt[43] = 1;				/* offset 0, M flag */
	pkt[44] = 0x5c, pkt[47] = 0x0c;		/* identification */
	SC_REQUIRE(sendto(raw, pkt, sizeof pkt, 0, (struct sockaddr *)&to, sizeof to) == sizeof pkt,
		   "sending the fragment failed: %s", sc_errname(errno));
	sent = sc_now_us();
	SC_WAIT_UNTIL(frag6_inuse() == 1, SC_WAIT_MS, "the fragment to be queued");
	SC_WAIT_UNTIL(frag6_inuse() == 0, sc_ms(4000), "the queued fragment to be dropped");
	sc_observe_int("expired_after_ms", (sc_now_us() - sent) / 1000);
	sc_observe_int("reasm_timeout", sc_net_counter("snmp6", "Ip6", "ReasmTimeout"));
	SC_EXPECT_EQ(sc_net_counter("snmp6", "Ip6", "ReasmTimeout"), 1);
	SC_EXPECT_CMP((sc_now_us() - sent) / 1000, >=, 900);
}
