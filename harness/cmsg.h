/* Control messages (ancillary data) in one call: a message received with
 * all of them kept (IP_TTL, IPV6_PKTINFO, error queue entries, SCM_RIGHTS
 * ...) and looked up by level and type, a message sent with the caller's;
 * and the IPv6 option numbers <netinet/in.h> leaves out. */
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

/* The most control data one sc_recv_msg keeps. */
#define SC_CONTROL_MAX 8192

/* One message received with recvmsg(): what it returned, the sender's
 * address, msg_flags and the control messages as the kernel wrote them. */
struct sc_msg {
	long ret;                     /* recvmsg's return */
	int err;                      /* its errno when ret < 0 */
	int flags;                    /* msg_flags */
	struct sockaddr_storage from;
	socklen_t fromlen;
	size_t controllen;            /* msg_controllen on return */
	union {
		struct cmsghdr align;
		char b[SC_CONTROL_MAX];
	} control;
};

/* One recvmsg(fd, flags) of at most len bytes into buf, every control
 * message kept in *m; errno captured in the result (and in *m). */
struct sc_res sc_recv_msg(int fd, void *buf, size_t len, int flags, struct sc_msg *m);
/* The same with a control buffer of `space` bytes (0: msg_control is
 * NULL), for claims about what a short control buffer gets. */
struct sc_res sc_recv_msg_space(int fd, void *buf, size_t len, size_t space, int flags,
				struct sc_msg *m);
/* The data of the first control message of this level and type, its
 * length in *len (may be NULL); NULL when there is none. */
const void *sc_cmsg(const struct sc_msg *m, int level, int type, size_t *len);
/* A control message holding an int (or a single byte), or dflt when
 * there is none. */
long sc_cmsg_int(const struct sc_msg *m, int level, int type, long dflt);
/* The extended error of an error queue entry (IP_RECVERR or
 * IPV6_RECVERR control message), or NULL. */
const struct sock_extended_err *sc_cmsg_ee(const struct sc_msg *m);
/* sendmsg() of len bytes with the control messages in ctl (built by the
 * caller; none when ctllen is 0), msg_name as given (NULL for none),
 * MSG_NOSIGNAL; errno captured. */
struct sc_res sc_send_ctl(int fd, const void *buf, size_t len, const void *ctl,
			  size_t ctllen, const struct sockaddr *to, socklen_t tolen);
/* Receive memory the socket holds for queued datagrams (SO_MEMINFO's
 * SK_MEMINFO_RMEM_ALLOC): it grows by each datagram queued to it, so a
 * rise says one more arrived without reading it. */
long sc_rmem_alloc(int fd);
/* A lease on a flow label towards dst for fd (IPV6_FLOWLABEL_MGR), needed
 * before a flow label can be sent; returns the label.  Labels are shared
 * by the namespace, so each item takes one no other item holds. */
uint32_t sc_flowlabel_lease(int fd, const struct in6_addr *dst);

#endif
