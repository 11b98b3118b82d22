/* send(2) EDESTADDRREQ: the socket is not connection-mode and no peer
 * address is set: send() on an unconnected datagram socket fails with
 * EDESTADDRREQ. */
#include "sc.h"

SC_CASE(send_edestaddrreq) = {
	.claim   = "send() on an unconnected datagram socket fails with EDESTADDRREQ",
	.source  = SC_SRC("man:send(2)", "EDESTADDRREQ: The socket is not connection-mode, and no peer address is set."),
	.kinds   = SC_DGRAM,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(send_edestaddrreq)
{
	int fd = sc_kind_socket(P->kind);
	struct sc_res r = SC_CALL(send(fd, "x", 1, MSG_NOSIGNAL));

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, "send() without a peer", r, (const int[]){ EDESTADDRREQ }, 1);
}
