/* send(2): send() may be used only when the socket is connected: on an
 * unconnected socket of any kind it fails; on the connected pair it
 * works. */
#include "sc.h"

SC_CASE(send_connected_only) = {
	.claim  = "send() fails on an unconnected socket and works on a connected one",
	.source = SC_SRC("man:send(2)", "connected only: The send() call may be used only when the socket is in a connected state"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.key    = "errno",
};

SC_TEST(send_connected_only)
{
	int fd = sc_kind_socket(P->kind);
	struct sc_res r = SC_CALL(send(fd, "x", 1, MSG_NOSIGNAL));

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, "send() unconnected", r, (const int[]){ ENOTCONN, EDESTADDRREQ, EPIPE }, 3);
	SC_EXPECT_RET(send(P->a, "x", 1, MSG_NOSIGNAL), 1);
}
