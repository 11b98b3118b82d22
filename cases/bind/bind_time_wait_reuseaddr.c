/* A server that sets SO_REUSEADDR can bind its port again while a
 * connection of its previous run (which set it too) is in TIME_WAIT and no
 * listener is left on the port. */
#include "sc.h"

SC_CASE(bind_time_wait_reuseaddr) = {
	.claim   = "with SO_REUSEADDR on the old and the new socket, bind() and listen() succeed on a port that only a TIME_WAIT connection holds",
	.source  = SC_SRC("man:socket(7)", "SO_REUSEADDR: a socket may bind, except when there is an active listening socket bound to the address"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "bind",
};

SC_TEST(bind_time_wait_reuseaddr)
{
	int one = 1, fd;
	struct sc_res r;

	sc_make_time_wait(P, 1);
	fd = sc_kind_socket(P->kind);
	SC_REQUIRE_OK(setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
	r = SC_CALL(bind(fd, (struct sockaddr *)&P->addr, P->addrlen));
	sc_observe_str("bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	sc_expect_ok(SC_HERE, "bind(SO_REUSEADDR socket, port in TIME_WAIT)", r);
	SC_EXPECT_OK(listen(fd, 1));
}
