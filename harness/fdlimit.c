/* Calls under a tight descriptor limit. */
#include "fdlimit.h"
#include <sys/resource.h>

struct sc_res sc_socketpair_one_room(int type, int sv[2], int *reached)
{
	struct rlimit saved, tight;
	struct sc_res r;
	int lowest;

	/* Every descriptor below the lowest free one is open: a limit one
	 * above it leaves room for exactly one. */
	lowest = SC_REQUIRE_OK(fcntl(0, F_DUPFD, 0));
	close(lowest);
	SC_REQUIRE_OK(getrlimit(RLIMIT_NOFILE, &saved));
	tight = saved;
	tight.rlim_cur = (rlim_t)lowest + 1;
	SC_REQUIRE_OK(setrlimit(RLIMIT_NOFILE, &tight));
	/* A layer that keeps the limit to itself (valgrind) leaves the
	 * kernel's as it was. */
	if (reached)
		*reached = sc_proc_long("/proc/self/limits", "Max open files %ld") == (long)tight.rlim_cur;
	r = SC_CALL(socketpair(AF_UNIX, type, 0, sv));
	SC_REQUIRE_OK(setrlimit(RLIMIT_NOFILE, &saved));
	return r;
}
