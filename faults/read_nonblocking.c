/* Breaks: read() on a blocking socket with nothing queued waits for data
 * (the seed tutorial, POSIX read()).  Here a read() on a socket never
 * waits: it fails with EAGAIN at once, as if O_NONBLOCK were set.
 * Must trip: blocking_read_waits. */
#include "fault.h"

ssize_t read(int fd, void *buf, size_t n)
{
	if (fault_is_socket(fd))
		return recv(fd, buf, n, MSG_DONTWAIT);
	return REAL(read)(fd, buf, n);
}
