/* A tun device in the item's private network namespace: a second network
 * interface beside lo, for claims about interfaces, routes and gateways.
 * Packets the stack sends through it wait on its descriptor; packets
 * written to the descriptor arrive on the interface as if from a wire.
 * Call sc_private_netns() first: the device goes with the namespace. */
#ifndef SC_TUN_H
#define SC_TUN_H
#include <net/if.h>
#include <netinet/in.h>

struct sc_tun {
	int fd;                 /* tracked */
	char name[IFNAMSIZ];
	int ifindex;
};

/* Create a tun device (IFF_TUN | IFF_NO_PI, and IFF_NAPI when napi), give
 * it 10.9.0.1/24 and fd00:9::1/64 and bring it up.  *unsupported* without
 * /dev/net/tun or the flag. */
void sc_tun_open(struct sc_tun *t, int napi);
/* Route a network through a gateway on the device's subnet (SIOCADDRT):
 * family AF_INET ("10.10.0.0", 24, "10.9.0.2") or AF_INET6. */
void sc_tun_route(struct sc_tun *t, int family, const char *net, int prefix, const char *gw);
/* Write an IPv4 UDP datagram from src:sport to dst:dport into the device,
 * as if it had arrived on it. */
void sc_tun_inject_udp4(struct sc_tun *t, const char *src, int sport,
			const char *dst, int dport, const void *data, size_t n);
/* Read one packet the stack sent through the device, waiting up to ms;
 * its length, or 0 when none came. */
long sc_tun_read(struct sc_tun *t, void *buf, size_t cap, int ms);

#endif
