/* Breaks: read()/recv() on a connected stream returns 0 at end of file
 * (POSIX read()).  Here end of file turns into -1 ECONNRESET.
 * Must trip: read_eof_after_close, eof_read_zero_repeated. */
#include "fault.h"

static ssize_t eof_as_reset(int fd, ssize_t r, size_t asked)
{
	if (r == 0 && asked > 0 && fault_is_connected_kind(fd)) {
		errno = ECONNRESET;
		return -1;
	}
	return r;
}

ssize_t read(int fd, void *buf, size_t n)
{
	return eof_as_reset(fd, REAL(read)(fd, buf, n), n);
}

ssize_t recv(int fd, void *buf, size_t n, int flags)
{
	return eof_as_reset(fd, REAL(recv)(fd, buf, n, flags), n);
}
