/* Breaks: a descriptor sent with SCM_RIGHTS refers, in the receiver, to
 * the same open file as the one sent (unix(7)).  Here recvmsg() puts
 * another file (/dev/null) under each descriptor number that came, so
 * the receiver holds a descriptor, but not to what was sent.
 * Must trip: unix_scm_rights_same_file. */
#include "fault.h"
#include <fcntl.h>
#include <string.h>

ssize_t recvmsg(int fd, struct msghdr *m, int flags)
{
	ssize_t r = REAL(recvmsg)(fd, m, flags);

	if (r < 0 || !m->msg_control)
		return r;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(m); c; c = CMSG_NXTHDR(m, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		for (size_t i = 0; i < (c->cmsg_len - CMSG_LEN(0)) / sizeof(int); i++) {
			int got, other = open("/dev/null", O_WRONLY);

			memcpy(&got, CMSG_DATA(c) + i * sizeof(int), sizeof got);
			if (other >= 0) {
				dup2(other, got);
				close(other);
			}
		}
	}
	return r;
}
