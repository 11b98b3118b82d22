/* accept(2): ECONNABORTED, "a connection has been aborted".  A TCP
 * connection that the client resets while it waits in the accept queue is
 * aborted; accept() asked for the peer's address reports it with
 * ECONNABORTED (the connection has no peer left to name). */
#include "sc.h"

SC_CASE(accept_econnaborted) = {
	.claim   = "accept() of a queued connection that the client reset (RST) fails with ECONNABORTED",
	.source  = SC_SRC("man:accept(2)", "ECONNABORTED: A connection has been aborted"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(accept_econnaborted)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	struct sc_res r;

	sc_queue_reset(P);
	r = SC_CALL(accept4(P->l, (struct sockaddr *)&ss, &len, SOCK_CLOEXEC | SOCK_NONBLOCK));
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "accepted");
	SC_EXPECT_ERRNO_RES("accept() of the reset connection", r, ECONNABORTED);
}
