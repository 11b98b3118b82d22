/* Breaks: socket() with an unsupported address family fails with
 * EAFNOSUPPORT (POSIX socket()).  Here it fails with EINVAL.
 * Must trip: socket_invalid_family. */
#include "fault.h"

int socket(int domain, int type, int protocol)
{
	int r = REAL(socket)(domain, type, protocol);

	if (r < 0 && errno == EAFNOSUPPORT)
		errno = EINVAL;
	return r;
}
