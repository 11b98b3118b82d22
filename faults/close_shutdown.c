/* Breaks: close() drops one reference; only the last one ends the
 * connection (the seed tutorial, close(2)).  Here close() of any socket
 * first calls shutdown(SHUT_WR), so a FIN leaves while a dup() is open.
 * Must trip: close_dup_no_fin. */
#include "fault.h"

int close(int fd)
{
	if (fault_is_connected_kind(fd))
		shutdown(fd, SHUT_WR);
	return REAL(close)(fd);
}
