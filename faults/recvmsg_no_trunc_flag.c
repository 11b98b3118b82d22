/* Breaks: recvmsg() of a message longer than the buffer sets MSG_TRUNC in
 * msg_flags (POSIX recvmsg()).  Here msg_flags comes back without it.
 * Must trip: io_dgram_truncate. */
#include "fault.h"

ssize_t recvmsg(int fd, struct msghdr *m, int flags)
{
	ssize_t r = REAL(recvmsg)(fd, m, flags);

	if (r >= 0)
		m->msg_flags &= ~MSG_TRUNC;
	return r;
}
