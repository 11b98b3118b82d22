/* An asynchronous error left pending on a socket, made the way the kind
 * allows: the condition socket(7) calls "an asynchronous error". */
#ifndef SC_PENDING_ERROR_H
#define SC_PENDING_ERROR_H

/* Leave an error pending on P->a (of the connected pair) and wait until
 * P->a reports POLLERR; returns the errno the kind reports:
 *   UDP, UDP-Lite: P->b closes and P->a sends to its port (ICMP port
 *     unreachable): ECONNREFUSED;
 *   TCP, MPTCP: P->b closes with SO_LINGER {1, 0} (a reset): ECONNRESET;
 *   AF_UNIX stream, seqpacket: P->b closes with data unread: ECONNRESET;
 *   AF_UNIX datagram: P->b, with a datagram from P->a unread, disconnects
 *     (connect AF_UNSPEC): ECONNRESET.
 * P->b is closed or disconnected afterwards.  Other kinds: *unsupported*. */
int sc_pending_error(struct sc_pair *P);
/* The same without the wait: the error is on its way (for UDP the ICMP
 * message may still be in flight). */
int sc_cause_error(struct sc_pair *P);

#endif
