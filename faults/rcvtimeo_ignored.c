/* Breaks: a receiving call blocked for SO_RCVTIMEO returns EAGAIN or
 * EWOULDBLOCK (socket(7)).  Here setsockopt(SO_RCVTIMEO) succeeds without
 * reaching the kernel, so the timeout stays 0 (never) and the call keeps
 * blocking.
 * Must trip: sockopt_rcvtimeo, as "still blocked N ms after the timeout". */
#include "fault.h"

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	if (level == SOL_SOCKET && name == SO_RCVTIMEO)
		return 0;
	return REAL(setsockopt)(fd, level, name, val, len);
}
