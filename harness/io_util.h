/* Helpers shared by the socket/, address/, bind/ and io/ cases. */
#ifndef IO_UTIL_H
#define IO_UTIL_H
#include "sc.h"

/* Wait (bounded) until SIOCINQ on fd reports at least n bytes. */
void io_wait_inq(int fd, long n, int ms);
/* A loopback port of the kind's family that was free a moment ago: bound
 * with port 0, read back, closed.  Returns the port in host order. */
int io_free_port(struct sc_pair *P);
/* Set the port (network order) of an AF_INET or AF_INET6 address. */
void io_set_port_raw(struct sockaddr_storage *ss, uint16_t raw);
/* Same family, port and address (or path) in both. */
int io_same_addr(const struct sockaddr_storage *a, socklen_t alen,
		 const struct sockaddr_storage *b, socklen_t blen);

/* Leave a TIME_WAIT socket on a listener's port: the server side (the
 * accepted socket) closes first, the client then closes, and the wait ends
 * when /proc/net/tcp{,6} lists TIME_WAIT on the port.  The listener is
 * closed too; P->addr keeps its address.  reuse: SO_REUSEADDR on the
 * listener (the accepted socket inherits it). */
void io_make_time_wait(struct sc_pair *P, int reuse);
/* A UDP counter of this network namespace (/proc/net/snmp "Udp:" for
 * AF_INET, /proc/net/snmp6 "Udp6<name>" for AF_INET6), e.g.
 * "InCsumErrors", "RcvbufErrors"; -1 when it cannot be read. */
long io_udp_counter(int family, const char *name);
#endif
