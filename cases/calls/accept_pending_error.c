/* accept(2), RETURN VALUE: Linux accept() passes already-pending network
 * errors on the new socket as an error code from accept().  A queued TCP
 * connection that the client reset has the pending error ECONNRESET;
 * accept() with no address asked for should fail with it. */
#include "sc.h"

SC_CASE(accept_pending_error) = {
	.claim   = "accept() of a queued connection with a pending network error (reset by the client) fails with that error",
	.source  = SC_SRC("man:accept(2)", "pending network errors: Linux accept() (and accept4()) passes already-pending network errors on the new socket as an error code from accept()"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "accept",
};

SC_TEST(accept_pending_error)
{
	int so = 0;
	socklen_t sl = sizeof so;
	struct sc_res r;

	sc_queue_reset(P);
	r = SC_CALL(accept4(P->l, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK));
	sc_track((int)r.ret);
	sc_observe_str("accept", r.ret < 0 ? sc_errname(r.err) : "descriptor");
	if (r.ret >= 0) {
		/* MPTCP raises the subflow's reset on its own socket a moment later. */
		sc_wait_fd((int)r.ret, POLLERR | POLLHUP, SC_WAIT_MS, "the reset on the accepted socket");
		SC_REQUIRE_OK(getsockopt((int)r.ret, SOL_SOCKET, SO_ERROR, &so, &sl));
		sc_observe_str("so_error", so ? sc_errname(so) : "0");
	}
	SC_EXPECT_ERRNO_RES("accept() of the reset connection", r, ECONNRESET);
}
