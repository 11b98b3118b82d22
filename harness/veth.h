/* A veth pair in the item's private network namespace, its receiving end
 * with GRO on, so that packets sent into one end arrive at the other
 * through a NAPI context (veth's per-queue NAPI, which has an ID) as from
 * a network card.  Call sc_private_netns() first. */
#ifndef SC_VETH_H
#define SC_VETH_H
#include <net/if.h>
#include <stddef.h>

struct sc_veth {
	char tx[IFNAMSIZ], rx[IFNAMSIZ];  /* "sctx0", "scrx0" */
	int tx_index, rx_index;
	unsigned char rx_mac[6];
};

/* Create the pair (RTM_NEWLINK), turn GRO on and attach an XDP program
 * that passes everything at rx, TSO off at tx, give rx 10.9.0.1/24 and
 * bring both up.  *unsupported* without veth or veth XDP. */
void sc_veth_open(struct sc_veth *v);
/* Send an IPv4 UDP datagram out of tx to rx's MAC address, through a
 * packet socket: it arrives at rx as if from a wire. */
void sc_veth_send_udp4(struct sc_veth *v, const char *src, int sport,
		       const char *dst, int dport, const void *data, size_t n);

#endif
