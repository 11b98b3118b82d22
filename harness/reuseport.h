/* Sockets sharing an address with SO_REUSEPORT: which one a client
 * reaches. */
#ifndef SC_REUSEPORT_H
#define SC_REUSEPORT_H
#include "sc.h"

/* g[0] and g[1] share P->addr (listening, for a stream kind).  One new
 * client reaches it: connect() for a stream kind, one datagram sent from
 * a fresh port otherwise.  Returns the member that got it (0 or 1), after
 * accepting or reading it there and closing the client. */
int sc_reuseport_reach(struct sc_pair *P, const int g[2]);

#endif
