/* listen(2): EADDRINUSE, "another socket is already listening on the same
 * port".  Two sockets share a port by SO_REUSEADDR while neither listens;
 * once the first listens, listen() on the second fails. */
#include "sc.h"

SC_CASE(listen_port_listened) = {
	.claim   = "listen() on a socket whose port another socket is already listening on fails with EADDRINUSE",
	.source  = SC_SRC("man:listen(2)", "EADDRINUSE (1): Another socket is already listening on the same port"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(listen_port_listened)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int first = sc_kind_socket(P->kind), second = sc_kind_socket(P->kind);
	struct sc_res r;

	SC_SETOPT(first, SOL_SOCKET, SO_REUSEADDR, 1);
	SC_SETOPT(second, SOL_SOCKET, SO_REUSEADDR, 1);
	sc_bind_local(P, first, &ss, &len);
	SC_REQUIRE_OK(bind(second, (struct sockaddr *)&ss, len));
	SC_REQUIRE_OK(listen(first, 4));
	r = SC_CALL(listen(second, 4));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "listening");
	SC_EXPECT_ERRNO_RES("listen() on the second socket of the port", r, EADDRINUSE);
}
