/* socket(2): the descriptor returned by a successful call is the
 * lowest-numbered one not currently open for the process.  With a hole
 * made below other open descriptors, socket() returns the lowest number
 * that F_GETFD finds closed. */
#include "sc.h"

SC_CASE(socket_lowest_descriptor) = {
	.claim   = "socket() returns the lowest-numbered descriptor not open in the process",
	.source  = SC_SRC("man:socket(2)", "lowest descriptor: will be the lowest-numbered file descriptor not currently open for the process"),
	.kinds   = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key     = "fd",
};

SC_TEST(socket_lowest_descriptor)
{
	const struct sc_kind *k = P->kind;
	int hole = sc_kind_socket(k), lowest = 0, fd;

	sc_kind_socket(k);   /* open above the hole */
	sc_close(&hole);
	while (fcntl(lowest, F_GETFD) >= 0)
		lowest++;
	sc_observe_int("lowest_free", lowest);
	fd = sc_track(SC_EXPECT_OK(socket(k->domain, k->type | SOCK_CLOEXEC, k->protocol)));
	sc_observe_int("fd", fd);
	SC_EXPECT_EQ(fd, lowest);
}
