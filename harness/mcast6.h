/* IPv6 multicast between the two ends of sc_veth_netns() (links.h): a
 * receiving and a sending socket of the kind, and the group joined. */
#ifndef SC_MCAST6_H
#define SC_MCAST6_H
#include "sc.h"

/* *r bound to [::] (any port), to receive; *s, unbound, to send. */
void sc_mc6_ends(const struct sc_kind *k, int *r, int *s);
/* r joins group on the link ifindex (IPV6_ADD_MEMBERSHIP, a set-up
 * step); *to becomes the group at r's port. */
void sc_mc6_join(int r, const char *group, int ifindex, struct sockaddr_in6 *to);

#endif
