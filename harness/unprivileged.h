/* One call made by an unprivileged user: for claims about what a process
 * without privileges may not do (a port below ip_unprivileged_port_start,
 * a socket file it may not write, a raw socket). */
#ifndef SC_UNPRIVILEGED_H
#define SC_UNPRIVILEGED_H
#include "sc.h"

typedef struct sc_res (*sc_unpriv_fn)(struct sc_pair *P, void *arg);

/* A forked child enters the item's directory P->dir (so that paths
 * relative to it reach it whatever the directories above allow), drops to
 * uid and gid 65534 with no supplementary groups (which clears its
 * capabilities too), calls fn(P, arg) and reports the result; descriptors
 * fn makes die with the child.  The item is *unsupported* when privileges
 * cannot be dropped that way (not root). */
struct sc_res sc_as_nobody(struct sc_pair *P, sc_unpriv_fn fn, void *arg);

#endif
