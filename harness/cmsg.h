/* Receiving a datagram with its control messages (IPV6_PKTINFO,
 * IPV6_HOPLIMIT, error queue entries...) in one call, and the IPv6
 * option numbers <netinet/in.h> leaves out. */
#ifndef SC_CMSG_H
#define SC_CMSG_H
#include "sc.h"
#include <linux/errqueue.h>

#ifndef IPV6_FLOWINFO
#define IPV6_FLOWINFO 11
#endif
#ifndef IPV6_FLOWLABEL_MGR
#define IPV6_FLOWLABEL_MGR 32
#endif
#ifndef IPV6_FLOWINFO_SEND
#define IPV6_FLOWINFO_SEND 33
#endif
#ifndef IPV6_FLOWINFO_FLOWLABEL
#define IPV6_FLOWINFO_FLOWLABEL 0x000fffff
#endif

struct sc_cmsg {
	int level, type;
	size_t len;
	unsigned char data[256];
};

struct sc_msgbuf {
	long n;                       /* what recvmsg returned */
	int flags;                    /* msg_flags */
	struct sockaddr_storage from;
	socklen_t fromlen;
	int ncmsg;
	struct sc_cmsg cmsg[8];
};

/* One recvmsg(fd, flags) into buf, with the sender's address and every
 * control message kept in *m; errno captured in the result. */
struct sc_res sc_recv_msgbuf(int fd, void *buf, size_t len, int flags, struct sc_msgbuf *m);
/* The first control message of this level and type, or NULL. */
const struct sc_cmsg *sc_cmsg_find(const struct sc_msgbuf *m, int level, int type);
/* An int control message's value, or dflt when there is none. */
long sc_msgbuf_int(const struct sc_msgbuf *m, int level, int type, long dflt);
/* The extended error of an error queue entry (IP_RECVERR or
 * IPV6_RECVERR control message), or NULL. */
const struct sock_extended_err *sc_cmsg_ee(const struct sc_msgbuf *m);
/* Receive memory the socket holds for queued datagrams (SO_MEMINFO's
 * SK_MEMINFO_RMEM_ALLOC): it grows by each datagram queued to it, so a
 * rise says one more arrived without reading it. */
long sc_rmem_alloc(int fd);
/* A lease on a flow label towards dst for fd (IPV6_FLOWLABEL_MGR), needed
 * before a flow label can be sent; returns the label.  Labels are shared
 * by the namespace, so each item takes one no other item holds. */
uint32_t sc_flowlabel_lease(int fd, const struct in6_addr *dst);

#endif
