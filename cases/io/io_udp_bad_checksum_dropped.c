/* UDP checks the data it receives: a datagram whose checksum is wrong is
 * discarded silently (and counted in InCsumErrors); an intact one sent
 * right after it is delivered. */
#include "sc.h"
#include <arpa/inet.h>
#include <netinet/udp.h>
#include <poll.h>

SC_CASE(io_udp_bad_checksum_dropped) = {
	.claim   = "a UDP datagram received with a wrong checksum is silently discarded; the receiver never sees it",
	.source  = SC_SRC("rfc:1122", "4.1.3.4 UDP Checksums: If a UDP datagram is received with a checksum that is non-zero and invalid, UDP MUST silently discard the datagram"),
	.also    = { SC_SRC("seed", "Socket 怎么通信: SOCK_DGRAM ... 不作数据校验 (the claim this refutes)") },
	.kinds   = SC_UDP,
	/* The datagrams are forged as plain UDP over the kind's own family. */
	.exclude = SC_UDPLITE | SC_MAPPED,
	.key     = "csum_errors_delta",
	.needs   = "CAP_NET_RAW",
};

/* One's complement sum over the loopback pseudo header and the datagram. */
static uint16_t udp_sum(int family, const uint8_t *p, size_t n)
{
	uint32_t s = family == AF_INET6 ? 2 : 2 * (0x7f00 + 0x0001);

	s += IPPROTO_UDP + (uint32_t)n;
	for (size_t i = 0; i < n; i += 2)
		s += (uint32_t)(p[i] << 8 | (i + 1 < n ? p[i + 1] : 0));
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	s = ~s & 0xffff;
	return s ? (uint16_t)s : 0xffff;
}

static void inject(struct sc_pair *P, int raw, const char *payload, int corrupt)
{
	uint8_t pkt[sizeof(struct udphdr) + 16];
	struct udphdr *h = (struct udphdr *)pkt;
	size_t n = sizeof *h + strlen(payload);
	struct sockaddr_storage to = P->addr;

	memset(pkt, 0, sizeof pkt);
	h->source = htons((uint16_t)sc_port(P->a)); /* b is connected to a */
	h->dest = htons((uint16_t)sc_port(P->b));
	h->len = htons((uint16_t)n);
	memcpy(pkt + sizeof *h, payload, strlen(payload));
	h->check = htons(udp_sum(P->kind->domain, pkt, n) ^ (corrupt ? 0x1234 : 0));
	/* A raw socket's destination port field is not a UDP port. */
	sc_set_port(&to, 0);
	SC_REQUIRE((size_t)sendto(raw, pkt, n, 0, (struct sockaddr *)&to, P->addrlen) == n,
		   "raw sendto failed: %s", sc_errname(errno));
}

SC_TEST(io_udp_bad_checksum_dropped)
{
	int d = P->kind->domain, raw;
	long before = sc_udp_counter(P->kind, "InCsumErrors"), n;
	char buf[32] = "";

	if (before < 0)
		sc_unsupported("no UDP InCsumErrors counter in /proc/net");
	raw = sc_track(socket(d, SOCK_RAW, IPPROTO_UDP));
	if (raw < 0 && (errno == EPERM || errno == EACCES))
		sc_unsupported("raw socket: %s: no CAP_NET_RAW", sc_errname(errno));
	SC_REQUIRE(raw >= 0, "raw socket failed: %s", sc_errname(errno));
	inject(P, raw, "corrupt", 1);
	inject(P, raw, "intact", 0);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "a datagram");
	n = SC_EXPECT_OK(recv(P->b, buf, sizeof buf - 1, MSG_DONTWAIT));
	sc_observe_str("first_received", buf);
	SC_EXPECT(n == 6 && !memcmp(buf, "intact", 6), "received \"%s\" before the intact datagram", buf);
	/* SIOCINQ validates queued UDP datagrams, so a late corrupt one is
	 * dropped (and counted) here, or shows as queued if it was accepted. */
	SC_WAIT_UNTIL(sc_inq(P->b) > 0 || sc_udp_counter(P->kind, "InCsumErrors") > before, SC_WAIT_MS,
		      "the corrupt datagram to be dropped (InCsumErrors)");
	sc_observe_int("csum_errors_delta", sc_udp_counter(P->kind, "InCsumErrors") - before);
	SC_EXPECT_EQ(sc_inq(P->b), 0);
}
