/* Breaks: bind() to an address another socket holds fails with
 * EADDRINUSE (POSIX bind()).  Here every socket sets SO_REUSEPORT before
 * bind(), so two sockets of one user share the port.
 * Must trip: bind_port_in_use. */
#include "fault.h"

int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	int one = 1;

	if (addr && (addr->sa_family == AF_INET || addr->sa_family == AF_INET6))
		setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
	return REAL(bind)(fd, addr, len);
}
