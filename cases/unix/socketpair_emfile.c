/* socketpair(2) EMFILE: with room for one more descriptor under
 * RLIMIT_NOFILE, socketpair(), which needs two, fails with EMFILE. */
#include "sc.h"
#include <sys/resource.h>

SC_CASE(socketpair_emfile) = {
	.claim   = "socketpair() fails with EMFILE when the process's descriptor limit leaves room for fewer than two",
	.source  = SC_SRC("man:socketpair(2)", "EMFILE: The per-process limit on the number of open file descriptors has been reached."),
	.kinds   = SC_SOCKETPAIR,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(socketpair_emfile)
{
	struct rlimit saved, tight;
	int sv[2] = { -1, -1 }, lowest;
	struct sc_res r;

	/* Every descriptor below the lowest free one is open: a limit one
	 * above it leaves room for exactly one. */
	lowest = SC_REQUIRE_OK(fcntl(0, F_DUPFD, 0));
	close(lowest);
	SC_REQUIRE_OK(getrlimit(RLIMIT_NOFILE, &saved));
	tight = saved;
	tight.rlim_cur = (rlim_t)lowest + 1;
	SC_REQUIRE_OK(setrlimit(RLIMIT_NOFILE, &tight));
	r = SC_CALL(socketpair(AF_UNIX, P->kind->type, 0, sv));
	SC_REQUIRE_OK(setrlimit(RLIMIT_NOFILE, &saved));
	if (r.ret == 0) {
		sc_track(sv[0]);
		sc_track(sv[1]);
	}
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "created");
	sc_expect_fail(SC_HERE, "socketpair() with room for one descriptor", r, (const int[]){ EMFILE }, 1);
}
