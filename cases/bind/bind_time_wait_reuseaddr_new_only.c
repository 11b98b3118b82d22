/* socket(7): with SO_REUSEADDR "a socket may bind, except when there is an
 * active listening socket bound to the address" — so a new socket that sets
 * it binds a port held only by TIME_WAIT, even if the old socket did not. */
#include "sc.h"

SC_CASE(bind_time_wait_reuseaddr_new_only) = {
	.claim   = "a new socket with SO_REUSEADDR binds a port held only by TIME_WAIT, whatever the old socket set",
	.source  = SC_SRC("man:socket(7)", "SO_REUSEADDR: For AF_INET sockets this means that a socket may bind, except when there is an active listening socket bound to the address"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "bind",
};

SC_TEST(bind_time_wait_reuseaddr_new_only)
{
	int one = 1, fd;
	struct sc_res r;

	sc_make_time_wait(P, 0);
	fd = sc_kind_socket(P->kind);
	SC_REQUIRE_OK(setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
	r = SC_CALL(bind(fd, (struct sockaddr *)&P->addr, P->addrlen));
	sc_observe_str("bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	sc_expect_ok(SC_HERE, "bind(SO_REUSEADDR socket, port in TIME_WAIT of a socket without it)", r);
}
