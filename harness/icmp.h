/* ICMP errors an item provokes on loopback (a datagram to a closed port
 * is answered by port unreachable) must all be sent: the kernel rate
 * limits ICMP errors, per host and per network namespace, and items run
 * side by side.  An item that waits for such an error first moves into a
 * private network namespace where they are not rate limited. */
#ifndef SC_ICMP_H
#define SC_ICMP_H
#include "sc.h"

/* sc_private_netns(), then clear icmp_ratemask (IPv4) and icmp/ratemask
 * (IPv6) so destination unreachable messages skip every rate limit.  The
 * item is pinned to one CPU (sc_pin_cpu()). */
void sc_icmp_netns(void);
/* Destination unreachable messages this namespace received so far, of
 * the family the kind's packets use on the wire (Icmp InDestUnreachs or
 * Icmp6 InDestUnreachs), or -1. */
long sc_icmp_unreach_in(const struct sc_kind *k);
/* Pin the item to the CPU it runs on: what it sends over loopback is then
 * received, answered and the answers received on that CPU in the order
 * sent, and once a counter shows a packet arrived, the softirq that
 * handled it has finished. */
void sc_pin_cpu(void);
/* A port of the kind's family on its loopback address where nothing
 * listens (bound a moment ago and closed; the item owns its namespace). */
void sc_closed_addr(struct sc_pair *P, struct sockaddr_storage *ss, socklen_t *len);

#endif
