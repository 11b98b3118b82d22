/* TCP segments forged and watched through raw sockets on loopback, for
 * claims about how TCP answers segments no socket of ours would send (a
 * lone SYN that is never acknowledged, an ECN-setup SYN, a reset into
 * TIME_WAIT) and about what it puts on the wire.  A raw IPPROTO_TCP socket
 * sees a copy of every TCP segment this namespace delivers to itself. */
#ifndef SC_TCPRAW_H
#define SC_TCPRAW_H
#include "sc.h"

enum {
	SC_FIN = 0x01, SC_SYN = 0x02, SC_RST = 0x04, SC_PSH = 0x08,
	SC_ACK = 0x10, SC_URG = 0x20, SC_ECE = 0x40, SC_CWR = 0x80,
};

struct sc_seg {
	int sport, dport;
	uint32_t seq, ack;
	unsigned flags, win;
	uint8_t opt[40];
	size_t optlen;
	size_t len;          /* payload bytes */
};

/* The family segments of kind k travel in (a mapped kind's are IPv4). */
int sc_wire_family(const struct sc_kind *k);
/* A raw IPPROTO_TCP socket of family; *unsupported* without CAP_NET_RAW. */
int sc_tcpraw(int family);
/* A plain TCP listener of family on the loopback address whose socket
 * filter drops everything (blackhole.h): forged segments sent from its
 * port get answers that vanish, neither acknowledged nor reset.  Returns
 * its port. */
int sc_tcpraw_sink(int family);
/* Send s from the loopback address to the loopback address (no payload). */
void sc_tcpraw_send(int raw, int family, const struct sc_seg *s);
/* Wait up to ms for a segment from port sport to port dport (-1: any)
 * whose flags masked with mask equal want; 1 and *got filled, or 0 when
 * none came (the caller judges what that means). */
int sc_tcpraw_wait(int raw, int family, int sport, int dport, unsigned mask,
		   unsigned want, struct sc_seg *got, int ms);
/* A TCP option of s (kind), its bytes after kind and length in *val; the
 * option's length, or -1 when s has none. */
int sc_seg_option(const struct sc_seg *s, int kind, const uint8_t **val);

#endif
