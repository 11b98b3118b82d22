/* Breaks: after shutdown(SHUT_RD) reads return 0 (POSIX shutdown()).
 * Here shutdown(SHUT_RD) succeeds without doing anything; SHUT_RDWR
 * becomes SHUT_WR.
 * Must trip: eof_after_shut_rd. */
#include "fault.h"

int shutdown(int fd, int how)
{
	if (how == SHUT_RD)
		return 0;
	return REAL(shutdown)(fd, how == SHUT_RDWR ? SHUT_WR : how);
}
