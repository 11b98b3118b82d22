/* Breaks: SCM_CREDENTIALS received with SO_PASSCRED hold the sender's
 * pid, real uid and real gid when it specified none (unix(7)).  Here
 * recvmsg() forges them: every credentials message claims uid 0 and
 * gid 0.
 * Must trip: unix_so_passcred_default_creds. */
#include "fault.h"
#include <string.h>

ssize_t recvmsg(int fd, struct msghdr *m, int flags)
{
	ssize_t r = REAL(recvmsg)(fd, m, flags);

	if (r < 0 || !m->msg_control)
		return r;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(m); c; c = CMSG_NXTHDR(m, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS &&
		    c->cmsg_len >= CMSG_LEN(sizeof(struct ucred))) {
			struct ucred uc;

			memcpy(&uc, CMSG_DATA(c), sizeof uc);
			uc.uid = 0;
			uc.gid = 0;
			memcpy(CMSG_DATA(c), &uc, sizeof uc);
		}
	return r;
}
