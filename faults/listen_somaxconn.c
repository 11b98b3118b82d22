/* Breaks: listen()'s backlog limits the accept queue (POSIX listen()).
 * Here every listen() asks for SOMAXCONN, whatever backlog it was given.
 * Must trip: listen_backlog_limits_queue (and listen_backlog_capacity). */
#include "fault.h"

int listen(int fd, int backlog)
{
	(void)backlog;
	return REAL(listen)(fd, SOMAXCONN);
}
