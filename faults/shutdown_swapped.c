/* Breaks: shutdown()'s how names the direction, SHUT_RD (0) receptions
 * and SHUT_WR (1) transmissions (shutdown(2)).  Here the two are swapped:
 * SHUT_RD shuts the sending side, SHUT_WR the receiving side; SHUT_RDWR
 * and invalid values pass unchanged.
 * Must trip: shutdown_how_values. */
#include "fault.h"

int shutdown(int fd, int how)
{
	if (how == SHUT_RD)
		how = SHUT_WR;
	else if (how == SHUT_WR)
		how = SHUT_RD;
	return REAL(shutdown)(fd, how);
}
