/* Breaks: a refused non-blocking connect() reports ECONNREFUSED through
 * getsockopt(SO_ERROR) (connect(2)).  Here SO_ERROR always reads 0 (the
 * pending error is still consumed).
 * Must trip: connect_nonblock_refused_so_error (TCP kinds). */
#include "fault.h"

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	int r = REAL(getsockopt)(fd, level, name, val, len);

	if (r == 0 && level == SOL_SOCKET && name == SO_ERROR && *len >= sizeof(int))
		*(int *)val = 0;
	return r;
}
