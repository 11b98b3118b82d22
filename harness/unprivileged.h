/* One call made without privileges, by a forked child of the item, so a
 * case running as root can see what an unprivileged process gets: a port
 * below ip_unprivileged_port_start, a socket file it may not write, a raw
 * socket, an option that needs CAP_NET_ADMIN.
 *
 * The child makes plain system calls only, never the harness's helpers
 * (it runs no SC_EXPECT, writes no records), and returns the outcome of
 * the call the case judges (SC_CALL(...)); descriptors it makes die with
 * it.  The parent gets that outcome.  A child that does not answer within
 * SC_WAIT_MS is killed; one that dies or hangs makes the item *broken*. */
#ifndef SC_UNPRIVILEGED_H
#define SC_UNPRIVILEGED_H
#include "sc.h"

/* The child keeps its uid and empties its capability sets (effective,
 * permitted, inheritable), then calls fn(arg).  A child that cannot drop
 * them makes the item *broken*. */
struct sc_res sc_without_caps(struct sc_res (*fn)(void *arg), void *arg);

/* The child enters the item's directory P->dir (so that paths relative to
 * it reach it whatever the directories above allow), drops to uid and gid
 * 65534 with no supplementary groups (which clears its capabilities too),
 * then calls fn(P, arg).  The item is *unsupported* when privileges cannot
 * be dropped that way (not root). */
typedef struct sc_res (*sc_unpriv_fn)(struct sc_pair *P, void *arg);
struct sc_res sc_as_nobody(struct sc_pair *P, sc_unpriv_fn fn, void *arg);

#endif
