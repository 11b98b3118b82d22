/* accept(2): accept4() with a flag other than SOCK_NONBLOCK and
 * SOCK_CLOEXEC fails with EINVAL, and takes nothing from the queue: the
 * waiting connection is still there for the next accept(). */
#include "sc.h"

SC_CASE(accept4_bad_flags) = {
	.claim   = "accept4() with an invalid flag fails with EINVAL",
	.source  = SC_SRC("man:accept(2)", "EINVAL (2): (accept4()) invalid value in flags"),
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

/* Neither SOCK_NONBLOCK nor SOCK_CLOEXEC nor any flag accept4() knows. */
#define NO_SUCH_FLAG 0x1

SC_TEST(accept4_bad_flags)
{
	struct sc_res r;

	sc_listen(P, 4);
	P->a = sc_connect(P);
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
	r = SC_CALL(accept4(P->l, NULL, NULL, SOCK_CLOEXEC | NO_SUCH_FLAG));
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "accepted");
	SC_EXPECT_ERRNO_RES("accept4(flags with an unknown bit)", r, EINVAL);
	sc_set_nonblock(P->l, 1);
	sc_track(SC_EXPECT_OK(accept4(P->l, NULL, NULL, SOCK_CLOEXEC)));
}
