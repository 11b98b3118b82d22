/* An IPv4 UDP datagram built byte by byte, for writing into a device (tun,
 * or a veth through a packet socket) as if it came off a wire. */
#ifndef SC_UDP4_PACKET_H
#define SC_UDP4_PACKET_H
#include <stddef.h>
#include <stdint.h>

/* IPv4 header (checksummed) + UDP header (checksum 0: none) + data into
 * buf; the packet's length.  *broken* when it does not fit. */
size_t sc_udp4_packet(uint8_t *buf, size_t cap, const char *src, int sport,
		      const char *dst, int dport, const void *data, size_t n);

#endif
