/* A black hole on loopback for one TCP socket: a socket filter that drops
 * every segment addressed to it before TCP sees it (tcp_filter() runs
 * ahead of the state machine), so the socket neither answers nor resets:
 * a peer's data, probes and retransmissions go unacknowledged, a
 * listener's SYNs unanswered, as if the path had died.  Per socket, no
 * privilege, nothing global. */
#ifndef SC_BLACKHOLE_H
#define SC_BLACKHOLE_H
#include "sc.h"

/* Attach the drop-everything filter; a kind that takes no socket filter
 * (MPTCP) is *unsupported*: its peer cannot be silenced this way. */
void sc_blackhole(int fd);
/* Detach it: segments reach the socket again. */
void sc_blackhole_lift(int fd);

#endif
