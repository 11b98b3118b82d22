/* Urgent (out-of-band) data on a stream: sent with MSG_OOB, waited for at
 * the receiver until the kernel reports it (POLLPRI). */
#ifndef SC_URGENT_H
#define SC_URGENT_H
#include "sc.h"

/* Send `normal` (may be "") then the one urgent byte from a, judged (a kind
 * without out-of-band data deviates with send()'s errno), and wait until b
 * has the normal bytes queued and reports POLLPRI. */
void sc_send_urgent(int a, int b, const char *normal, char urgent);
#endif
