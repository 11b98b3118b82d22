/* Breaks: reading SO_ERROR clears the pending error (socket(7) "Get and
 * clear the pending socket error").  Here the first nonzero error a socket
 * reports sticks: every later read of SO_ERROR returns it again, as if
 * reading had not cleared it.
 * Must trip: sockopt_so_error (every kind it applies to). */
#include "fault.h"

#define MAXFD 4096
static int sticky[MAXFD];

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	int r = REAL(getsockopt)(fd, level, name, val, len);

	if (r != 0 || level != SOL_SOCKET || name != SO_ERROR || *len < sizeof(int) ||
	    fd < 0 || fd >= MAXFD)
		return r;
	if (*(int *)val)
		sticky[fd] = *(int *)val;
	else if (sticky[fd])
		*(int *)val = sticky[fd];
	return r;
}

int close(int fd)
{
	if (fd >= 0 && fd < MAXFD)
		sticky[fd] = 0;
	return REAL(close)(fd);
}
