/* Breaks: a write on a connection that can no longer send fails with
 * EPIPE (POSIX write(), send(); unix(7)).  Here it fails with EIO.
 * Must trip: epipe_unix_first_write, epipe_write_after_peer_close,
 * epipe_after_own_shutdown. */
#include "fault.h"
#include <sys/uio.h>

static ssize_t eio(ssize_t r)
{
	if (r < 0 && errno == EPIPE)
		errno = EIO;
	return r;
}

ssize_t write(int fd, const void *buf, size_t n)
{
	return eio(REAL(write)(fd, buf, n));
}

ssize_t send(int fd, const void *buf, size_t n, int flags)
{
	return eio(REAL(send)(fd, buf, n, flags));
}

ssize_t sendto(int fd, const void *buf, size_t n, int flags,
	       const struct sockaddr *to, socklen_t tolen)
{
	return eio(REAL(sendto)(fd, buf, n, flags, to, tolen));
}

ssize_t sendmsg(int fd, const struct msghdr *m, int flags)
{
	return eio(REAL(sendmsg)(fd, m, flags));
}

ssize_t writev(int fd, const struct iovec *iov, int n)
{
	return eio(REAL(writev)(fd, iov, n));
}
