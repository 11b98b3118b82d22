/* The timer /proc/net/tcp{,6} shows for a TCP socket: its "tr" field
 * (0 none, 1 retransmit, 2 the socket timer: keepalive on an established
 * connection, 4 zero window probe) and "tm->when", the time left. */
#ifndef SC_TCP_TIMER_H
#define SC_TCP_TIMER_H

/* The timer of the TCP socket between these local and remote ports, or -1
 * when /proc lists none; its time left in milliseconds in *left_ms. */
int sc_proc_tcp_timer(int family, int lport, int rport, long *left_ms);

#endif
