/* The loopback device's MTU, changed inside an item's private network
 * namespace (sc_private_netns() first): segment sizes like a real
 * network's, 1500 bytes instead of 64K. */
#ifndef SC_LOMTU_H
#define SC_LOMTU_H
#include "sc.h"

void sc_lo_mtu(int mtu);
#endif
