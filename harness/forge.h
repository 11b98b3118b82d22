/* Datagrams forged through a raw socket, for the claims about what UDP
 * does with what it receives (checksums). */
#ifndef SC_FORGE_H
#define SC_FORGE_H
#include "sc.h"

/* A raw IPPROTO_UDP socket of the kind's family; *unsupported* without
 * CAP_NET_RAW. */
int sc_udp_raw(struct sc_pair *P);
/* Send P->b a UDP datagram from P->a's port carrying payload, through the
 * raw socket, with a correct checksum or (corrupt) a wrong one. */
void sc_udp_forge(struct sc_pair *P, int raw, const char *payload, int corrupt);
#endif
