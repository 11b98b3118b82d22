/* Network devices, addresses and routes of an item's private network
 * namespace, made through rtnetlink and interface ioctls (the guests have
 * no `ip` tool).  Call sc_private_netns() first: nothing here may touch
 * the host's network.  Every failure ends the body: *unsupported* where
 * the kernel lacks the device or route type, *broken* otherwise.
 * Addresses are text ("10.5.0.1", "fd77::1"). */
#ifndef SC_LINKS_H
#define SC_LINKS_H
#include "sc.h"
#include <net/if.h>

/* The interface index of a device of this namespace, or 0. */
int sc_link_index(const char *name);
/* An interface ioctl (SIOCSIFADDR, SIOCADDRT, SIOCETHTOOL, ...) on a
 * socket of this family, a set-up step: failure is *broken*. */
void sc_link_ioctl(int family, unsigned long req, void *arg, const char *what);
/* Add these IFF_* flags to a device (SIOCSIFFLAGS): IFF_UP brings it up. */
void sc_link_set_flags(const char *name, int flags);
/* Set a device's MTU (SIOCSIFMTU); returns the MTU read back. */
int sc_link_set_mtu(const char *name, int mtu);
/* Give the device an IPv4 address as ifconfig does (SIOCSIFADDR, then
 * SIOCSIFNETMASK: the kernel derives the broadcast address). */
void sc_link_set_ipv4(const char *name, const char *addr, int prefixlen);
/* Create a veth pair name <-> peer, both down. */
void sc_link_veth(const char *name, const char *peer);
/* Create a veth pair and bring both ends up, the peer first (then name
 * has its carrier as it comes up, and its queue is active at once);
 * returns name's interface index. */
int sc_link_veth_up(const char *name, const char *peer);
/* Add addr/prefixlen to the device, or delete it; an IPv6 address skips
 * duplicate address detection, so it is usable at once. */
void sc_link_addr(int ifindex, int family, const char *addr, int prefixlen);
void sc_link_addr_del(int ifindex, int family, const char *addr, int prefixlen);
/* Add a route to dst/prefixlen in the main table: through gateway gw, or
 * on-link when gw is NULL; out of ifindex when it is not 0. */
void sc_link_route(int family, const char *dst, int prefixlen, const char *gw, int ifindex);
/* Add a route of another rtnetlink type (RTN_BLACKHOLE, RTN_PROHIBIT,
 * RTN_UNREACHABLE, ...) to dst/prefixlen; a type this kernel lacks is
 * *unsupported*. */
void sc_link_route_type(int family, const char *dst, int prefixlen, int type);
/* Wait (bounded, *timeout*) until the device has a usable (not
 * tentative) IPv6 link-local address, as /proc/net/if_inet6 lists it. */
void sc_wait_link_local(const char *name);
/* The device's usable IPv6 link-local address into *out; 0, or -1 when
 * it has none. */
int sc_link_local(const char *name, struct in6_addr *out);
/* Move the item into a private network namespace holding a veth pair
 * "sc0" <-> "sc1", both up, with duplicate address detection off: when it
 * returns both ends have usable IPv6 link-local addresses and multicast
 * routes (ff00::/8).  Their interface indexes in *i0 and *i1. */
void sc_veth_netns(int *i0, int *i1);

#endif
