/* ICMP errors about a TCP connection, made on loopback: a raw socket sends
 * the destination-unreachable message a router would send, quoting the
 * connection's own segment, so the kernel hands the error to the socket.
 * Needs raw sockets and repair mode (root): *unsupported* otherwise. */
#ifndef SC_ICMPERR_H
#define SC_ICMPERR_H
#include "sc.h"

/* The sequence number of fd's next byte to send (TCP repair mode). */
uint32_t sc_tcp_send_seq(int fd);
/* Deliver to the TCP socket fd an ICMP (IPv4, also for mapped kinds) or
 * ICMPv6 "port unreachable" quoting a segment of its connection whose
 * sequence number is seq (it must lie in [snd_una, snd_nxt]): the kernel
 * turns it into ECONNREFUSED for the socket. */
void sc_icmp_port_unreach(int fd, uint32_t seq);
#endif
