/* Breaks: close() with SO_LINGER {1, 0} resets the connection (socket(7),
 * RFC 9293 abort).  Here setsockopt(SO_LINGER) succeeds and does nothing,
 * so close() ends the connection with an orderly FIN.
 * Must trip: buffer_linger_zero_reset. */
#include "fault.h"

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	if (level == SOL_SOCKET && name == SO_LINGER)
		return 0;
	return REAL(setsockopt)(fd, level, name, val, len);
}
