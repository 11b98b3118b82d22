/* Helpers for the tutorial cases (issue 3) in cases/address, socket, io,
 * blocking and listen. */
#ifndef TUTORIAL_UTIL_H
#define TUTORIAL_UTIL_H
#include "sc.h"

/* A TCP connection (P->a client, P->b accepted) whose receiver never reads
 * and has the smallest SO_RCVBUF, and whose sender has a large SO_SNDBUF;
 * writes more than the receiver can take, so unacknowledged data stays
 * queued at P->a (SIOCOUTQ > 0) while P->a's send buffer has room to
 * spare.  Records rcvbuf, sndbuf, queued, outq and inq; returns the bytes
 * written. */
long tu_unacked_backlog(struct sc_pair *P);
#endif
