/* connect(2): EADDRINUSE, "local address is already in use".  Two TCP
 * sockets bound to one local address and port (SO_REUSEADDR lets them
 * share it while neither is connected) connect to the same listener: the
 * second connection would have the first's local address and peer, so its
 * local address is in use. */
#include "sc.h"

SC_CASE(connect_eaddrinuse) = {
	.claim   = "connect() from a local address already in use by a connection to the same peer fails with EADDRINUSE",
	.source  = SC_SRC("man:connect(2)", "EADDRINUSE: Local address is already in use"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(connect_eaddrinuse)
{
	struct sockaddr_storage local;
	socklen_t llen;
	int c1 = sc_kind_socket(P->kind), c2 = sc_kind_socket(P->kind);
	struct sc_res r;

	sc_listen(P, 4);
	SC_SETOPT(c1, SOL_SOCKET, SO_REUSEADDR, 1);
	SC_SETOPT(c2, SOL_SOCKET, SO_REUSEADDR, 1);
	sc_bind_local(P, c1, &local, &llen);
	SC_REQUIRE_OK(bind(c2, (struct sockaddr *)&local, llen));
	SC_REQUIRE_OK(connect(c1, (struct sockaddr *)&P->addr, P->addrlen));
	r = SC_CALL(connect(c2, (struct sockaddr *)&P->addr, P->addrlen));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	SC_EXPECT_ERRNO_RES("connect() of the second socket on the same local address", r, EADDRINUSE);
}
