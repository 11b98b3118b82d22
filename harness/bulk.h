/* A bulk transfer over a connected stream pair, for claims about what
 * moving data does to a connection (buffer auto-tuning, the congestion
 * window).  One thread, both ends non-blocking, bounded. */
#ifndef SC_BULK_H
#define SC_BULK_H
#include "sc.h"

/* Send n bytes from `from` and read them all at `to`; *timeout* when the
 * data stops moving for SC_WAIT_MS. */
void sc_bulk(int from, int to, size_t n);

#endif
