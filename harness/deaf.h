/* A deaf endpoint: a TCP socket that drops every segment it receives, so
 * its peer's data and probes go unacknowledged, as if the peer host had
 * vanished.  Made with a socket filter that accepts nothing, no privilege
 * needed. */
#ifndef SC_DEAF_H
#define SC_DEAF_H
#include "sc.h"

/* From now on fd receives nothing (data, ACKs, SYNs for a listener).  A
 * kind that refuses socket filters (MPTCP) is *unsupported*: its peer
 * cannot be silenced this way. */
void sc_deafen(int fd);
#endif
