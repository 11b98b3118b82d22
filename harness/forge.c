/* See forge.h. */
#include "forge.h"
#include <netinet/udp.h>

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

int sc_udp_raw(struct sc_pair *P)
{
	int raw = socket(P->kind->domain, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_UDP);

	if (raw < 0 && (errno == EPERM || errno == EACCES))
		sc_unsupported("raw socket: %s: no CAP_NET_RAW", sc_errname(errno));
	if (raw < 0)
		sc_broken("raw socket failed: %s", sc_errname(errno));
	return sc_track(raw);
}

void sc_udp_forge(struct sc_pair *P, int raw, const char *payload, int corrupt)
{
	uint8_t pkt[sizeof(struct udphdr) + 64];
	struct udphdr *h = (struct udphdr *)pkt;
	size_t len = strlen(payload) < 64 ? strlen(payload) : 64, n = sizeof *h + len;
	struct sockaddr_storage to = P->addr;

	memset(pkt, 0, sizeof pkt);
	h->source = htons((uint16_t)sc_port(P->a)); /* b is connected to a */
	h->dest = htons((uint16_t)sc_port(P->b));
	h->len = htons((uint16_t)n);
	memcpy(pkt + sizeof *h, payload, len);
	h->check = htons(udp_sum(P->kind->domain, pkt, n) ^ (corrupt ? 0x1234 : 0));
	/* A raw socket's destination port field is not a UDP port. */
	sc_set_port(&to, 0);
	SC_REQUIRE((size_t)sendto(raw, pkt, n, 0, (struct sockaddr *)&to, P->addrlen) == n,
		   "raw sendto failed: %s", sc_errname(errno));
}
