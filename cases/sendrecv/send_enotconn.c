/* send(2) ENOTCONN: the socket is not connected and no target was given;
 * and sendto() on a connection-mode socket that is not connected returns
 * ENOTCONN (with or without a destination). */
#include "sc.h"

SC_CASE(send_enotconn) = {
	.claim   = "send() or sendto() on an unconnected connection-mode socket fails with ENOTCONN",
	.source  = SC_SRC("man:send(2)", "ENOTCONN: The socket is not connected, and no target has been given."),
	.kinds   = SC_CONNECTED,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct call {
	SC_VARIANT_HEAD;
	int to;
} calls[] = {
	{ .name = "send", .to = 0 },
	{ .name = "sendto", .to = 1,
	  .src = SC_SRC("man:send(2)", "sendto ENOTCONN: the error ENOTCONN is returned when the socket was not actually connected") },
};
SC_VARIANTS(calls);

SC_TEST(send_enotconn)
{
	const struct call *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r;
	int fd = sc_kind_socket(P->kind);

	sc_local_addr(P, &ss, &len);
	r = V->to ? SC_CALL(sendto(fd, "x", 1, MSG_NOSIGNAL, (struct sockaddr *)&ss, len))
		  : SC_CALL(send(fd, "x", 1, MSG_NOSIGNAL));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, V->to ? "sendto() unconnected" : "send() unconnected", r,
		       (const int[]){ ENOTCONN }, 1);
}
