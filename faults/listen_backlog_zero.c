/* Breaks: listen()'s backlog is the maximum length of the queue of
 * pending connections (listen(2)).  Here every listen() asks for a backlog
 * of 0, whatever it was given: the shortest queue.
 * Must trip: listen_backlog_queue_limit. */
#include "fault.h"

int listen(int fd, int backlog)
{
	(void)backlog;
	return REAL(listen)(fd, 0);
}
