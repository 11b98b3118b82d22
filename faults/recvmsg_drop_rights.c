/* Breaks: a descriptor sent with SCM_RIGHTS arrives in the receiver as a
 * new descriptor for the same open file (unix(7)).  Here recvmsg() closes
 * every descriptor that came, strips the control messages and reports
 * MSG_CTRUNC, as if the control buffer had been too small.
 * Must trip: unix_scm_rights_same_file. */
#include "fault.h"
#include <string.h>

ssize_t recvmsg(int fd, struct msghdr *m, int flags)
{
	ssize_t r = REAL(recvmsg)(fd, m, flags);
	int rights = 0;

	if (r < 0 || !m->msg_control)
		return r;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(m); c; c = CMSG_NXTHDR(m, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		rights = 1;
		for (size_t i = 0; i < (c->cmsg_len - CMSG_LEN(0)) / sizeof(int); i++) {
			int got;

			memcpy(&got, CMSG_DATA(c) + i * sizeof(int), sizeof got);
			close(got);
		}
	}
	if (rights) {
		m->msg_controllen = 0;
		m->msg_flags |= MSG_CTRUNC;
	}
	return r;
}
