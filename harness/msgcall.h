/* send() and recv() with flags (MSG_WAITALL, MSG_NOSIGNAL, ...) made by a
 * helper thread, watched like the harness's sc_call (sc_call_blocked_in,
 * sc_call_expect_return, sc_call_join and sc_call_res all apply to .c).
 * Declare it static. */
#ifndef SC_MSGCALL_H
#define SC_MSGCALL_H
#include "sc.h"

enum sc_msgop { SC_MSG_SEND, SC_MSG_RECV };

struct sc_msgcall {
	struct sc_call c;
	enum sc_msgop op;
	int flags;
};

void sc_msgcall_start(struct sc_msgcall *m, enum sc_msgop op, int fd, size_t len, int flags);
/* The thread is inside the call (sendto / recvfrom) and asleep. */
int sc_msgcall_blocked(struct sc_msgcall *m);
/* Wait (bounded, *timeout*) until the thread sleeps in the call or returned. */
void sc_msgcall_wait_blocked(struct sc_msgcall *m, const char *what);
/* Fill fd's send buffer until it stays full: for TCP once nothing is in
 * flight; for MPTCP, whose buffer is then fixed (SO_SNDBUF), until a short
 * pause brings no more room; for SCTP until no room opens for longer than
 * a delayed SACK takes.  Returns the bytes queued. */
size_t sc_fill_settled(int fd);
#endif
