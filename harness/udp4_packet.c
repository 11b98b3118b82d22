/* IPv4 UDP packets. */
#include "sc.h"
#include "udp4_packet.h"
#include "wire4.h"
#include <arpa/inet.h>

size_t sc_udp4_packet(uint8_t *pkt, size_t cap, const char *src, int sport,
		      const char *dst, int dport, const void *data, size_t n)
{
	size_t len = 28 + n;
	struct in_addr s, d;
	uint16_t c;

	if (len > cap || len > 65535)
		sc_broken("a %zu-byte datagram does not fit a %zu-byte packet", n, cap);
	memset(pkt, 0, 28);
	inet_pton(AF_INET, src, &s);
	inet_pton(AF_INET, dst, &d);
	pkt[0] = 0x45;
	pkt[2] = (uint8_t)(len >> 8);
	pkt[3] = (uint8_t)len;
	pkt[8] = 64;
	pkt[9] = IPPROTO_UDP;
	memcpy(pkt + 12, &s, 4);
	memcpy(pkt + 16, &d, 4);
	c = sc_csum(pkt, 20);
	memcpy(pkt + 10, &c, 2);
	pkt[20] = (uint8_t)(sport >> 8);
	pkt[21] = (uint8_t)sport;
	pkt[22] = (uint8_t)(dport >> 8);
	pkt[23] = (uint8_t)dport;
	pkt[24] = (uint8_t)((8 + n) >> 8);
	pkt[25] = (uint8_t)(8 + n);
	memcpy(pkt + 28, data, n);
	return len;
}
