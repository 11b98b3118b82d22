/* Links, addresses and routes of the item's own network namespace, made
 * through rtnetlink (guests have no `ip` tool).  Call sc_private_netns()
 * first: nothing here may touch the host's namespace.  Each call is a
 * set-up step: a kernel without the link type or route type makes the
 * item *unsupported*, any other failure *broken*. */
#ifndef SC_RTNL_H
#define SC_RTNL_H
#include "sc.h"

/* A veth pair (both ends in this namespace), down. */
void sc_rtnl_veth(const char *name, const char *peer);
/* Bring a link up (with IFF_MULTICAST when multicast is set) and, when
 * mtu > 0, set its MTU.  Returns its interface index. */
int sc_rtnl_up(const char *name, int multicast, int mtu);
/* Add (add = 1) or delete an IPv4 address "a.b.c.d/len" on a link. */
void sc_rtnl_addr(const char *name, const char *cidr, int add);
/* Add a route "a.b.c.d/len" of rtnetlink type (RTN_UNICAST, RTN_BLACKHOLE,
 * RTN_PROHIBIT, RTN_UNREACHABLE, ...) through dev (NULL for the types that
 * have none) in the main table. */
void sc_rtnl_route(const char *cidr, int type, const char *dev);
/* The interface index of a link, else *broken*. */
int sc_ifindex(const char *name);

#endif
