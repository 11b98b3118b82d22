/* Breaks: getsockopt(SO_SNDBUF / SO_RCVBUF) reports the buffer size the
 * kernel uses (socket(7)).  Here it reports 1000 bytes more.
 * Must trip: buffer_setsockopt_doubles, buffer_default_core_sysctl. */
#include "fault.h"

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	int r = REAL(getsockopt)(fd, level, name, val, len);

	if (r == 0 && level == SOL_SOCKET && (name == SO_SNDBUF || name == SO_RCVBUF) &&
	    *len >= sizeof(int))
		*(int *)val += 1000;
	return r;
}
