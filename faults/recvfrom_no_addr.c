/* Breaks: recvfrom() on a datagram socket stores the sender's address
 * (POSIX recvfrom()).  Here it reports an all-zero address of the right
 * length.
 * Must trip: io_sendto_recvfrom (datagram kinds). */
#include "fault.h"
#include <string.h>

ssize_t recvfrom(int fd, void *buf, size_t n, int flags,
		 struct sockaddr *from, socklen_t *fromlen)
{
	ssize_t r = REAL(recvfrom)(fd, buf, n, flags, from, fromlen);

	if (r >= 0 && from && fromlen && fault_sock_type(fd) == SOCK_DGRAM)
		memset(from, 0, *fromlen);
	return r;
}
