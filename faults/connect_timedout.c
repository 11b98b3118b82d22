/* Breaks: connect() to an address where no one listens fails with
 * ECONNREFUSED (connect(2)).  Here that error reads ETIMEDOUT.
 * Must trip: connect_refused_no_listener. */
#include "fault.h"

int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
	int r = REAL(connect)(fd, addr, len);

	if (r < 0 && errno == ECONNREFUSED)
		errno = ETIMEDOUT;
	return r;
}
