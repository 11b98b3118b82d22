/* After the server side closes a connection first, its TIME_WAIT keeps the
 * listener's port: a new socket without SO_REUSEADDR cannot bind it. */
#include "sc.h"

SC_CASE(bind_time_wait_eaddrinuse) = {
	.claim   = "while a TIME_WAIT connection holds a port, bind() to it without SO_REUSEADDR fails with EADDRINUSE",
	.source  = SC_SRC("man:socket(7)", "SO_REUSEADDR: Indicates that the rules used in validating addresses supplied in a bind(2) call should allow reuse of local addresses"),
	.also    = { SC_SRC("man:bind(2)", "EADDRINUSE (1): The given address is already in use") },
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(bind_time_wait_eaddrinuse)
{
	int fd;
	struct sc_res r;

	sc_make_time_wait(P, 0);
	fd = sc_kind_socket(P->kind);
	r = SC_CALL(bind(fd, (struct sockaddr *)&P->addr, P->addrlen));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "none");
	sc_expect_fail(SC_HERE, "bind(new socket, port in TIME_WAIT)", r,
		       (const int[]){ EADDRINUSE }, 1);
}
