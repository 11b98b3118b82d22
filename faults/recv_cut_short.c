/* Breaks: a datagram or seqpacket recv() returns one whole message (POSIX
 * recv()).  Here recv() asks for at most 15 bytes, so a longer message
 * comes back cut short (its tail discarded).
 * Must trip: io_message_boundaries. */
#include "fault.h"

ssize_t recv(int fd, void *buf, size_t n, int flags)
{
	int t = fault_sock_type(fd);

	if ((t == SOCK_DGRAM || t == SOCK_SEQPACKET) && n > 15)
		n = 15;
	return REAL(recv)(fd, buf, n, flags);
}
