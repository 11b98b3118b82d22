/* udp(7): UDP generates checksums.  A raw socket of the kind's protocol
 * sees each UDP datagram the namespace receives; the checksum field of a
 * datagram the kernel sent must be non-zero and make the one's complement
 * sum over pseudo header and datagram come out right.  Loopback leaves
 * small datagrams' checksums to a device that never fills them in, so the
 * datagram is larger than loopback's MTU (1500 in a private namespace):
 * a fragmented datagram gets its checksum from the kernel itself. */
#include "sc.h"
#include "links.h"
#include <arpa/inet.h>
#include <netinet/ip.h>
#include <netinet/udp.h>
#include <poll.h>

SC_CASE(udp_checksum_generated) = {
	.claim   = "a UDP datagram as sent carries a non-zero checksum that verifies over pseudo header and data",
	.source  = SC_SRC("man:udp(7)", "checksums: UDP generates and checks checksums to catch transmission errors"),
	.kinds   = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "checksum_ok",
};

/* One's complement sum, folded, of the pseudo header and the datagram. */
static uint16_t fold(const void *src, const void *dst, size_t alen, int proto,
		     const uint8_t *p, size_t n)
{
	uint32_t s = 0;
	const uint8_t *a = src, *b = dst;

	for (size_t i = 0; i < alen; i += 2)
		s += (uint32_t)(a[i] << 8 | a[i + 1]) + (uint32_t)(b[i] << 8 | b[i + 1]);
	s += (uint32_t)proto + (uint32_t)(n & 0xffff) + (uint32_t)(n >> 16);
	for (size_t i = 0; i < n; i += 2)
		s += (uint32_t)(p[i] << 8 | (i + 1 < n ? p[i + 1] : 0));
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)s;
}

SC_TEST(udp_checksum_generated)
{
	static uint8_t data[3000], pkt[4096];
	int v6 = P->kind->domain == AF_INET6 && P->kind->addr != SC_ADDR_MAPPED4;
	int proto = P->kind->protocol ? P->kind->protocol : IPPROTO_UDP, raw, dport;
	struct in6_addr lo6 = IN6ADDR_LOOPBACK_INIT;
	struct in_addr lo4 = { htonl(INADDR_LOOPBACK) };
	const uint8_t *u = NULL;
	struct udphdr h;
	size_t ulen = 0;
	uint16_t sum;

	sc_private_netns();
	SC_REQUIRE(sc_link_set_mtu("lo", 1500) == 1500, "loopback MTU not set");
	raw = sc_track(socket(v6 ? AF_INET6 : AF_INET, SOCK_RAW, proto));
	if (raw < 0 && (errno == EPERM || errno == EACCES))
		sc_unsupported("raw socket: %s: no CAP_NET_RAW", sc_errname(errno));
	SC_REQUIRE(raw >= 0, "raw socket failed: %s", sc_errname(errno));
	sc_make_pair(P);
	if (v6)
		SC_SETOPT(P->a, IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_DONT);
	else
		SC_SETOPT(P->a, IPPROTO_IP, IP_MTU_DISCOVER, IP_PMTUDISC_DONT);
	dport = sc_port(P->b);
	memset(data, 'c', sizeof data);
	SC_EXPECT_RET(send(P->a, data, sizeof data, 0), 3000);
	/* The namespace is the item's own: the raw socket sees only this. */
	while (!u) {
		long n;

		sc_wait_fd(raw, POLLIN, SC_WAIT_MS, "the datagram at the raw socket");
		n = SC_EXPECT_OK(recv(raw, pkt, sizeof pkt, MSG_DONTWAIT));
		/* IPv4 raw sockets receive the IP header, IPv6 ones do not. */
		size_t off = v6 ? 0 : (size_t)(pkt[0] & 15) * 4;

		if ((size_t)n < off + sizeof h)
			continue;
		memcpy(&h, pkt + off, sizeof h);
		if (ntohs(h.dest) == dport) {
			u = pkt + off;
			ulen = (size_t)n - off;
		}
	}
	sc_observe_int("checksum", ntohs(h.check));
	SC_EXPECT_EQ(ulen, 3000 + sizeof h);
	SC_EXPECT(h.check != 0, "the datagram was sent without a checksum (0)");
	sum = v6 ? fold(&lo6, &lo6, 16, proto, u, ulen) : fold(&lo4, &lo4, 4, proto, u, ulen);
	sc_observe_int("checksum_ok", sum == 0xffff);
	SC_EXPECT(sum == 0xffff, "the checksum 0x%04x does not verify (sum 0x%04x)", ntohs(h.check), sum);
}
