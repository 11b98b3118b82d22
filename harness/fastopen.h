/* TCP Fast Open between a client and a listener of the item's own network
 * namespace: the listener, and the first contact that gets a cookie. */
#ifndef SC_FASTOPEN_H
#define SC_FASTOPEN_H
#include "sc.h"

/* Move into a private namespace with net.ipv4.tcp_fastopen 3 (client and
 * server); P->l listens with TCP_FASTOPEN (queue 8), set as part of the
 * claim (SC_CLAIM_OPT: a kind refusing it deviates). */
void sc_fastopen_listen(struct sc_pair *P);
/* *c connected (or is connecting) to P->l without a cookie: wait until
 * its connection is up, then close it and its accepted end.  The client's
 * kernel keeps the cookie the listener granted. */
void sc_fastopen_first_done(struct sc_pair *P, int *c);

#endif
