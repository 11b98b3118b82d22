/* Breaks: setsockopt(SO_SNDBUF / SO_RCVBUF, v) makes the kernel use 2*v
 * (socket(7)).  Here the kernel is handed v/2, so getsockopt reads v.
 * Must trip: buffer_setsockopt_doubles. */
#include "fault.h"

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	if (level == SOL_SOCKET && (name == SO_SNDBUF || name == SO_RCVBUF) &&
	    len == sizeof(int)) {
		int half = *(const int *)val / 2;

		return REAL(setsockopt)(fd, level, name, &half, len);
	}
	return REAL(setsockopt)(fd, level, name, val, len);
}
