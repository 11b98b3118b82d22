/* TCP state read as set-up steps: a kind without the option (MPTCP lacks
 * some) is *unsupported*, any other failure *broken*.  TCP_INFO in full
 * is tcpinfo.h's sc_tcpinfo(). */
#ifndef SC_TCPREAD_H
#define SC_TCPREAD_H
#include "sc.h"
#include "tcpinfo.h"

/* An int option at level IPPROTO_TCP. */
long sc_tcp_getint(int fd, int opt, const char *name);
#define SC_TCP_GETINT(fd, opt) sc_tcp_getint(fd, opt, #opt)

#endif
