/* socketpair(2) EMFILE: with room for one more descriptor under
 * RLIMIT_NOFILE, socketpair(), which needs two, fails with EMFILE. */
#include "sc.h"
#include "fdlimit.h"

SC_CASE(socketpair_emfile) = {
	.claim   = "socketpair() fails with EMFILE when the process's descriptor limit leaves room for fewer than two",
	.source  = SC_SRC("man:socketpair(2)", "EMFILE: The per-process limit on the number of open file descriptors has been reached."),
	.kinds   = SC_SOCKETPAIR,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(socketpair_emfile)
{
	int sv[2] = { -1, -1 };
	struct sc_res r;

	r = sc_socketpair_one_room(P->kind->type, sv, NULL);
	if (r.ret == 0) {
		sc_track(sv[0]);
		sc_track(sv[1]);
	}
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "created");
	sc_expect_fail(SC_HERE, "socketpair() with room for one descriptor", r, (const int[]){ EMFILE }, 1);
}
