/* Ancillary data over AF_UNIX sockets (unix(7)): descriptors (SCM_RIGHTS)
 * and credentials (SCM_CREDENTIALS) sent and received with one sendmsg()
 * or recvmsg() each, errno captured as SC_CALL does.  Descriptors that
 * arrive are tracked, so teardown closes them. */
#ifndef SC_ANCILLARY_H
#define SC_ANCILLARY_H
#include "sc.h"
#include "cmsg.h"

#ifndef SCM_SECURITY
#define SCM_SECURITY 0x03
#endif
#ifndef SO_PASSSEC
#define SO_PASSSEC 34
#endif
#ifndef SO_PEERSEC
#define SO_PEERSEC 31
#endif
#ifndef SO_PEEK_OFF
#define SO_PEEK_OFF 42
#endif

/* SCM_MAX_FD: the most descriptors one message may carry (unix(7)). */
#define SC_SCM_MAX_FD 253

/* sendmsg() of len bytes (len may be 0) with one SCM_RIGHTS item holding
 * the n descriptors of fds (no control message when n is 0). */
struct sc_res sc_send_fds(int fd, const void *buf, size_t len, const int *fds, int n);
/* sendmsg() of len bytes with one SCM_CREDENTIALS item. */
struct sc_res sc_send_creds(int fd, const void *buf, size_t len, const struct ucred *uc);

/* What one recvmsg() brought. */
struct sc_anc {
	int nfds;              /* descriptors received, all SCM_RIGHTS items */
	int fds[SC_SCM_MAX_FD + 3];
	int rights;            /* SCM_RIGHTS items */
	int creds;             /* SCM_CREDENTIALS items; the last one in uc */
	struct ucred uc;
	int security;          /* SCM_SECURITY items; the last label in label */
	char label[256];
	int others;            /* control messages of any other type */
	int flags;             /* msg_flags */
	size_t controllen;     /* msg_controllen on return */
};

/* recvmsg() of at most len bytes into buf, with a control buffer of
 * `space` bytes (0: msg_control is NULL), recvmsg flags `flags`
 * (sc_recv_msg_space).  The descriptors received are tracked; *a says
 * what came. */
struct sc_res sc_recv_anc(int fd, void *buf, size_t len, size_t space, int flags,
			  struct sc_anc *a);
/* The control buffer that holds n descriptors in one item. */
#define SC_RIGHTS_SPACE(n) CMSG_SPACE((n) * sizeof(int))
#define SC_CREDS_SPACE CMSG_SPACE(sizeof(struct ucred))

/* A pipe whose write end is to be passed: *rd and *wr are tracked, rd is
 * non-blocking, so sc_pipe_at_eof() can tell "no writer left" (read
 * returns 0) from "a writer is still open somewhere" (EAGAIN). */
void sc_pipe(int *rd, int *wr);
int sc_pipe_at_eof(int rd);
#endif
