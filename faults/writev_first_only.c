/* Breaks: writev() sends all its buffers, in order (POSIX writev()).
 * Here it sends only the first buffer.
 * Must trip: io_readv_writev. */
#include "fault.h"
#include <sys/uio.h>

ssize_t writev(int fd, const struct iovec *iov, int n)
{
	return REAL(writev)(fd, iov, n > 1 ? 1 : n);
}
