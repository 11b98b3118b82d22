/* What sock_diag (unix_diag) reports of an AF_UNIX socket. */
#ifndef SC_UNIX_DIAG_H
#define SC_UNIX_DIAG_H
#include "sc.h"

/* The queue limit an AF_UNIX listener was given (its sk_max_ack_backlog,
 * UNIX_DIAG_RQLEN's udiag_wqueue for a listener); -1 when unknown (no
 * unix_diag in this kernel, or fd is no listener). */
long sc_unix_queue_max(int fd);

#endif
