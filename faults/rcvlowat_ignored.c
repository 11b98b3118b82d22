/* Breaks: SO_RCVLOWAT holds data back from the reader until the mark is
 * reached (socket(7)).  Here setsockopt(SO_RCVLOWAT) succeeds without
 * reaching the kernel, so the mark stays 1: poll reports the first byte
 * and a blocking read returns what is there.
 * Must trip: sockopt_rcvlowat (every item that holds without it). */
#include "fault.h"

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	if (level == SOL_SOCKET && name == SO_RCVLOWAT && len >= sizeof(int))
		return 0;
	return REAL(setsockopt)(fd, level, name, val, len);
}
