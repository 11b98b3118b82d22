/* Links, addresses, routes and neighbours made through route netlink, for
 * an item in its own network namespace (sc_private_netns() first): a veth
 * pair, an address on it, a route through a gateway, a neighbour entry
 * whose confirmation time the kernel reports.  A kernel without veth makes
 * the item *unsupported*. */
#ifndef SC_NEIGHBOURS_H
#define SC_NEIGHBOURS_H
#include "sc.h"

/* A veth pair named a and b, both up; returns a's interface index. */
int sc_nb_veth(const char *a, const char *b);
/* addr/prefix on the interface (IPv6 without duplicate detection). */
void sc_nb_addr(int ifindex, int family, const void *addr, int prefix);
/* A route to dst/prefix through the gateway gw on the interface. */
void sc_nb_route_via(int family, const void *dst, int prefix, const void *gw, int ifindex);
/* A neighbour entry for ip on the interface, in state (NUD_STALE, ...). */
void sc_nb_neigh(int ifindex, int family, const void *ip, const unsigned char mac[6], int state);
/* Clock ticks since the neighbour entry was last confirmed (ndm_confirmed),
 * or -1 when there is no such entry. */
long sc_nb_neigh_confirmed(int ifindex, int family, const void *ip);
#endif
