/* Urgent (out-of-band) data on a stream: sent with MSG_OOB, waited for at
 * the receiver until the kernel reports it (POLLPRI). */
#ifndef SC_URGENT_H
#define SC_URGENT_H
#include "sc.h"

/* Send `normal` (may be "") then the one urgent byte from a, judged (a kind
 * without out-of-band data deviates with send()'s errno), and wait until b
 * has the normal bytes queued and reports POLLPRI. */
void sc_send_urgent(int a, int b, const char *normal, char urgent);
/* For claims on the signal urgent data raises: count SIGURG (sc_catch),
 * then send one urgent byte from a to the owner's end b as a set-up step
 * (a kind without out-of-band data, EOPNOTSUPP, is *unsupported*) and
 * wait until b has it.  Returns 1 when it came as urgent data (POLLPRI),
 * 0 when as ordinary data. */
int sc_urgent_to_owner(int a, int b);
#endif
