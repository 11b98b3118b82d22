/* recv(2) ENOTCONN: the socket is connection-oriented and not connected:
 * recv() on a fresh socket fails with ENOTCONN. */
#include "sc.h"

SC_CASE(recv_enotconn) = {
	.claim   = "recv() on an unconnected connection-oriented socket fails with ENOTCONN",
	.source  = SC_SRC("man:recv(2)", "ENOTCONN: The socket is associated with a connection-oriented protocol and has not been connected (see connect(2) and accept(2))."),
	.kinds   = SC_CONNECTED,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(recv_enotconn)
{
	int fd = sc_kind_socket(P->kind);
	char c;
	struct sc_res r = SC_CALL(recv(fd, &c, 1, MSG_DONTWAIT));

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : r.ret ? "data" : "0");
	sc_expect_fail(SC_HERE, "recv() unconnected", r, (const int[]){ ENOTCONN }, 1);
}
