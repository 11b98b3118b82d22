/* Where one message went: sent on one socket, was it queued at the
 * receiver or dropped there (by a filter, a full buffer)?  Decided on
 * kernel state, with a bound, whether the receiving protocol delivers in
 * the sender's call (AF_UNIX) or in a softirq later (UDP). */
#ifndef SC_DELIVERY_H
#define SC_DELIVERY_H
#include <stddef.h>

/* Send buf on tx (connected) and wait until the receiver rx, whose queue
 * must be empty, has either queued it (1) or dropped it (0: its
 * SO_MEMINFO drop count grew).  A send that fails is *broken*. */
int sc_dgram_fate(int tx, int rx, const void *buf, size_t n);
/* The same, sent with sendto() to addr. */
int sc_dgram_fate_to(int tx, int rx, const void *buf, size_t n,
		     const struct sockaddr *addr, socklen_t alen);

#endif
