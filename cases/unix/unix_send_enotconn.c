/* unix(7) ENOTCONN: a send that needs a target address, on a socket not
 * connected and given none, fails with ENOTCONN. */
#include "sc.h"

SC_CASE(unix_send_enotconn) = {
	.claim   = "send() without an address on an AF_UNIX socket that is not connected fails with ENOTCONN",
	.source  = SC_SRC("man:unix(7)", "ENOTCONN: Socket operation needs a target address, but the socket is not connected"),
	.kinds   = SC_UNIX,
	.exclude = SC_RECIPE, /* only socket() */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(unix_send_enotconn)
{
	struct sc_res r = SC_CALL(send(sc_kind_socket(P->kind), "n", 1, MSG_DONTWAIT | MSG_NOSIGNAL));

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, "send(an unconnected socket, no address)", r, (const int[]){ ENOTCONN }, 1);
}
