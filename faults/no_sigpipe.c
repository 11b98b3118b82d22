/* Breaks: a write that fails with EPIPE also raises SIGPIPE (POSIX
 * write()).  Here send(), sendto() and sendmsg() always add MSG_NOSIGNAL,
 * and write()/writev() on a socket run with SIGPIPE blocked and discard
 * the SIGPIPE they raised (still the write system call, so helpers that
 * watch a thread block in write() see it there).
 * Must trip: epipe_sigpipe_delivered. */
#include "fault.h"
#include <signal.h>
#include <sys/uio.h>
#include <time.h>

ssize_t send(int fd, const void *buf, size_t n, int flags)
{
	return REAL(send)(fd, buf, n, flags | MSG_NOSIGNAL);
}

ssize_t sendto(int fd, const void *buf, size_t n, int flags,
	       const struct sockaddr *to, socklen_t tolen)
{
	return REAL(sendto)(fd, buf, n, flags | MSG_NOSIGNAL, to, tolen);
}

ssize_t sendmsg(int fd, const struct msghdr *m, int flags)
{
	return REAL(sendmsg)(fd, m, flags | MSG_NOSIGNAL);
}

/* Run one write with SIGPIPE blocked; a SIGPIPE it raised stays pending
 * and is taken away before the old mask comes back. */
#define WITHOUT_SIGPIPE(call) ({                                        \
	sigset_t pipe_, old_;                                           \
	struct timespec zero_ = { 0, 0 };                               \
	sigemptyset(&pipe_);                                            \
	sigaddset(&pipe_, SIGPIPE);                                     \
	pthread_sigmask(SIG_BLOCK, &pipe_, &old_);                      \
	ssize_t r_ = (call);                                            \
	int e_ = errno;                                                 \
	while (sigtimedwait(&pipe_, NULL, &zero_) == SIGPIPE)           \
		;                                                       \
	pthread_sigmask(SIG_SETMASK, &old_, NULL);                      \
	errno = e_;                                                     \
	r_;                                                             \
})

ssize_t write(int fd, const void *buf, size_t n)
{
	if (!fault_is_socket(fd))
		return REAL(write)(fd, buf, n);
	return WITHOUT_SIGPIPE(REAL(write)(fd, buf, n));
}

ssize_t writev(int fd, const struct iovec *iov, int n)
{
	if (!fault_is_socket(fd))
		return REAL(writev)(fd, iov, n);
	return WITHOUT_SIGPIPE(REAL(writev)(fd, iov, n));
}
