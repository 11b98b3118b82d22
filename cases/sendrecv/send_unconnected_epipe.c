/* send(2) BUGS: Linux may return EPIPE instead of ENOTCONN: a send on a TCP
 * socket never connected fails with EPIPE (and raises SIGPIPE, which is
 * ignored here). */
#include "sc.h"

SC_CASE(send_unconnected_epipe) = {
	.claim   = "send() on a never-connected TCP socket fails with EPIPE (or ENOTCONN)",
	.source  = SC_SRC("man:send(2)", "EPIPE for ENOTCONN: Linux may return EPIPE instead of ENOTCONN."),
	.kinds   = SC_TCP,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(send_unconnected_epipe)
{
	int fd = sc_kind_socket(P->kind);
	struct sc_res r = SC_CALL(send(fd, "x", 1, MSG_NOSIGNAL));

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, "send() unconnected", r, (const int[]){ EPIPE, ENOTCONN }, 2);
}
