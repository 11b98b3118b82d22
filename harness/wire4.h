/* IPv4 packets as they cross lo in the item's own network namespace,
 * captured with a raw socket of their protocol (call sc_private_netns()
 * first, so the capture sees this item's packets only; a raw socket sees
 * a datagram after reassembly), and IPv4 packets made by hand and sent
 * through a raw socket with the header included. */
#ifndef SC_WIRE4_H
#define SC_WIRE4_H
#include "sc.h"
#include <netinet/in.h>

/* One IPv4 packet as captured. */
struct sc_ip4 {
	int ttl, tos, df, mf;
	int offset;                /* fragment offset in bytes */
	int id, proto, len;        /* len: the header's total length */
	int optlen;                /* bytes of IP options */
	unsigned char opt[40];
	struct in_addr src, dst;
	int sport, dport;          /* -1 unless a first fragment of TCP, UDP, UDP-Lite, SCTP */
	int hlen;                  /* the header's length in bytes */
	unsigned char raw[2048];   /* the packet (at most its first 2048 bytes) */
	int rawlen;
};

/* What sc_wire_find waits for; zero fields match anything. */
struct sc_wire_match {
	int proto;
	int sport, dport;
	int minlen;                /* total length at least */
};

/* Capture every IPv4 packet of this protocol received here (on lo: every
 * one sent).  Without CAP_NET_RAW the item is *unsupported*. */
int sc_wire_open(int proto);
/* The next captured packet into *p within ms: 1, or 0 when none came. */
int sc_wire_read(int cap, struct sc_ip4 *p, int ms);
/* The next captured packet that matches m, others skipped; *timeout*
 * after SC_WAIT_MS. */
void sc_wire_find(int cap, const struct sc_wire_match *m, struct sc_ip4 *p, const char *what);
/* The IP protocol number a kind's packets carry (MPTCP's are TCP's). */
int sc_wire_proto(const struct sc_kind *k);
/* Send n bytes (at least 300, more than any handshake packet) from P->a
 * to P->b, capture on cap the first packet from P->a's port carrying at
 * least n bytes, and let P->b read them. */
void sc_wire_carry(struct sc_pair *P, int cap, int n, struct sc_ip4 *p);
/* The Internet checksum of len bytes. */
uint16_t sc_csum(const void *data, size_t len);
/* Build an IPv4 packet in buf: header (with optlen bytes of options, a
 * multiple of 4, and its checksum), then n bytes of transport data as
 * given.  Returns its length. */
size_t sc_ip4_build(unsigned char *buf, const char *src, const char *dst, int proto, int ttl,
		    const unsigned char *opt, int optlen, const void *data, size_t n);
/* Send a whole IPv4 packet (header included, checksummed by the kernel)
 * to its destination through a raw socket; *unsupported* without
 * CAP_NET_RAW. */
void sc_raw4_send(const void *pkt, size_t len);

#endif
