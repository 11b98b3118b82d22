/* Breaks: listen()'s backlog is the maximum length of the queue of
 * pending connections (listen(2)).  Here every listen() asks for a longer
 * queue than it was given: backlog * 4 + 8.
 * Must trip: listen_backlog_queue_limit. */
#include "fault.h"

int listen(int fd, int backlog)
{
	return REAL(listen)(fd, backlog * 4 + 8);
}
