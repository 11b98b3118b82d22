/* Neighbour entries of the item's own network namespace, made and read
 * through rtnetlink (sc_private_netns() first; links.h makes the devices,
 * addresses and routes).  Addresses are text ("10.77.0.2", "fd77::2"). */
#ifndef SC_NEIGHBOURS_H
#define SC_NEIGHBOURS_H
#include "sc.h"

/* A neighbour entry for ip on the interface, in state (NUD_STALE, ...). */
void sc_nb_neigh(int ifindex, int family, const char *ip, const unsigned char mac[6], int state);
/* Clock ticks since the neighbour entry was last confirmed (ndm_confirmed),
 * or -1 when there is no such entry. */
long sc_nb_neigh_confirmed(int ifindex, int family, const char *ip);
#endif
