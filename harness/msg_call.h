/* A blocking recv(2) or send(2) with flags, made by a helper thread and
 * watched through the same struct sc_call and functions as sc_call_start's
 * calls (sc_call_blocked_in, sc_call_expect_return, sc_call_join): the
 * flags are what the calls of sc.h cannot pass (MSG_WAITALL, ...). */
#ifndef SC_MSG_CALL_H
#define SC_MSG_CALL_H
#include "sc.h"

/* recv(fd, buf, len, flags), or send(fd, buf, len, flags) of len bytes. */
void sc_call_recv_start(struct sc_call *c, int fd, size_t len, int flags);
void sc_call_send_start(struct sc_call *c, int fd, size_t len, int flags);

#endif
