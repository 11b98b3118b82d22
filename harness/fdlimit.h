/* Calls made while RLIMIT_NOFILE leaves room for fewer descriptors than
 * they need. */
#ifndef SC_FDLIMIT_H
#define SC_FDLIMIT_H
#include "sc.h"

/* socketpair(AF_UNIX, type, 0, sv) with the soft RLIMIT_NOFILE lowered to
 * leave room for one descriptor, then restored (set-up steps); its
 * outcome.  Descriptors it made are not tracked.  *reached (if given)
 * says whether the kernel holds the lowered limit (/proc/self/limits). */
struct sc_res sc_socketpair_one_room(int type, int sv[2], int *reached);

#endif
