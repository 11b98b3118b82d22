/* Breaks: getsockopt(SO_TYPE) reads back the type given to socket()
 * (socket(7)).  Here a stream socket reads SOCK_DGRAM and every other
 * socket reads SOCK_STREAM.
 * Must trip: socket_type_domain_readback. */
#include "fault.h"

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	int r = REAL(getsockopt)(fd, level, name, val, len);

	if (r == 0 && level == SOL_SOCKET && name == SO_TYPE && *len >= sizeof(int))
		*(int *)val = *(int *)val == SOCK_STREAM ? SOCK_DGRAM : SOCK_STREAM;
	return r;
}
