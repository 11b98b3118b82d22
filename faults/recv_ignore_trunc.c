/* Breaks: recv(MSG_TRUNC) on a datagram socket returns the datagram's
 * real length (recv(2)).  Here the flag is dropped before the call.
 * Must trip: io_recv_trunc_real_length. */
#include "fault.h"

ssize_t recv(int fd, void *buf, size_t n, int flags)
{
	return REAL(recv)(fd, buf, n, flags & ~MSG_TRUNC);
}

ssize_t recvfrom(int fd, void *buf, size_t n, int flags,
		 struct sockaddr *from, socklen_t *fromlen)
{
	return REAL(recvfrom)(fd, buf, n, flags & ~MSG_TRUNC, from, fromlen);
}
