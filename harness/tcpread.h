/* TCP state read as set-up steps: a kind without the option (MPTCP lacks
 * some) is *unsupported*, any other failure *broken*.  A TCP_INFO field
 * this kernel does not fill reads -1 (tcpi.h); SC_TCPI_REQUIRE makes that
 * *unsupported* too. */
#ifndef SC_TCPREAD_H
#define SC_TCPREAD_H
#include "sc.h"
#include "tcpi.h"

void sc_tcpi_read(int fd, struct sc_tcpi *t);
#define SC_TCPI_REQUIRE(t, field) do {                                      \
	if ((t)->field < 0)                                              \
		sc_unsupported("this kernel's TCP_INFO has no tcpi_" #field); \
} while (0)
/* An int option at level IPPROTO_TCP. */
long sc_tcp_getint(int fd, int opt, const char *name);
#define SC_TCP_GETINT(fd, opt) sc_tcp_getint(fd, opt, #opt)

/* The retransmission count (the "retrnsmt" column) of the TCP socket
 * between these local and remote ports as /proc/net/tcp{,6} lists it,
 * orphans and request sockets included; -1 when it is not listed. */
long sc_proc_tcp_retrans(int family, int lport, int rport);

#endif
