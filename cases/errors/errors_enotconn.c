/* shutdown(2), getpeername(2): on a socket that was never connected
 * (just made, not listening) each call fails with ENOTCONN. */
#include "sc.h"

SC_CASE(errors_enotconn) = {
	.claim   = "shutdown() and getpeername() on a socket that is not connected fail with ENOTCONN",
	.source  = SC_SRC("man:shutdown(2)", "ENOTCONN: The specified socket is not connected"),
	.kinds   = SC_ALL,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

enum op { SHUTDOWN, GETPEERNAME };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
} calls[] = {
	{ .name = "shutdown", .src = SC_SRC("man:shutdown(2)", "ENOTCONN: The specified socket is not connected"), .op = SHUTDOWN },
	{ .name = "getpeername", .src = SC_SRC("man:getpeername(2)", "ENOTCONN: The socket is not connected"), .op = GETPEERNAME },
};
SC_VARIANTS(calls);

SC_TEST(errors_enotconn)
{
	const struct call *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	int fd = sc_kind_socket(P->kind);
	struct sc_res r;

	if (V->op == SHUTDOWN)
		r = SC_CALL(shutdown(fd, SHUT_RDWR));
	else
		r = SC_CALL(getpeername(fd, (struct sockaddr *)&ss, &len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT_ERRNO_RES(V->name, r, ENOTCONN);
}
