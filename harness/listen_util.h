/* Helpers shared by cases/listen and cases/connect: accept-queue length and
 * drops on a listener, filling a queue, descriptor budget. */
#ifndef LISTEN_UTIL_H
#define LISTEN_UTIL_H
#include "sc.h"

/* TCP listener: connections waiting in the accept queue (tcpi_unacked). */
long lu_queue_len(int l);
/* TCP listener: the queue limit the kernel stored (tcpi_sacked). */
long lu_queue_max(int l);
/* Packets the listener dropped (SO_MEMINFO SK_MEMINFO_DROPS); -1 if unknown. */
long lu_drops(int l);

/* Connect non-blocking clients to P->addr one at a time until one does not
 * fit in the accept queue, at most max+1 tries.  Returns the number that
 * fit; *over is the first client that did not (a TCP client whose SYN the
 * listener dropped, still SYN_SENT; an AF_UNIX one whose connect failed,
 * its errno in *over_err), or -1 when all fitted. */
long lu_fill_queue(struct sc_pair *P, long max, int *over, int *over_err);

/* Make room for n more descriptors: raise the soft RLIMIT_NOFILE up to the
 * hard limit if needed.  Returns 0, or -1 when the hard limit is too low. */
int lu_fd_budget(long n);


/* A socket of P's kind bound to a fresh local address but not listening;
 * its address (port filled in) is stored in *ss. */
int lu_bound_unlistened(struct sc_pair *P, struct sockaddr_storage *ss, socklen_t *len);
/* net.ipv4.ip_local_port_range into *lo, *hi (unsupported if unreadable),
 * recorded as the observation "port_range". */
void lu_port_range(long *lo, long *hi);
/* The port of an inet address, or -1. */
int lu_addr_port(const struct sockaddr_storage *ss);
#endif
