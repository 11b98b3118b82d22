/* A loopback that holds packets: in a private network namespace, a token
 * bucket (tbf) queueing discipline on lo lets a burst of bytes through and
 * then keeps every further packet queued below the sockets, as a busy
 * device's queue would.  For claims about what TCP does while earlier
 * packets of a flow wait in a qdisc. */
#ifndef SC_QDISC_H
#define SC_QDISC_H
#include "sc.h"

/* Put the bucket on lo: `burst` bytes pass, then almost nothing (1 byte/s).
 * lo's MTU is lowered to 1280 first so the burst may be small.  A kernel
 * without the tbf qdisc makes the item *unsupported*. */
void sc_lo_throttle(unsigned burst);

#endif
