/* Breaks: getsockopt(SO_PEERCRED) returns the credentials of the peer
 * process as they were at connect() or socketpair() (unix(7)).  Here it
 * returns the caller's own: its pid, uid and gid (root's, in the suite).
 * Must trip: unix_so_peercred_at_connect. */
#include "fault.h"

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	int r = REAL(getsockopt)(fd, level, name, val, len);

	if (r == 0 && level == SOL_SOCKET && name == SO_PEERCRED && *len >= sizeof(struct ucred)) {
		struct ucred *uc = val;

		uc->pid = getpid();
		uc->uid = getuid();
		uc->gid = getgid();
	}
	return r;
}
