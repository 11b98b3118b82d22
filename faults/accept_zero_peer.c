/* Breaks: accept() stores the peer's address in addr (accept(2)).  Here
 * addr comes back zeroed (its length is left as the kernel set it).
 * Must trip: accept_returns_new_fd_and_peer. */
#include "fault.h"
#include <string.h>

static int zero_peer(int r, struct sockaddr *addr, socklen_t *len)
{
	if (r >= 0 && addr && len)
		memset(addr, 0, *len);
	return r;
}

int accept(int fd, struct sockaddr *addr, socklen_t *len)
{
	return zero_peer(REAL(accept)(fd, addr, len), addr, len);
}

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags)
{
	return zero_peer(REAL(accept4)(fd, addr, len, flags), addr, len);
}
