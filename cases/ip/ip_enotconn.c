/* ip(7): ENOTCONN: the operation is defined only on a connected socket,
 * but the socket is not connected: getpeername() and shutdown() of a
 * socket never connected. */
#include "sc.h"

SC_CASE(ip_enotconn) = {
	.claim   = "getpeername() and shutdown() on a socket never connected fail with ENOTCONN",
	.source  = SC_SRC("man:ip(7)", "ENOTCONN: The operation is defined only on a connected socket, but the socket wasn't connected."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct call {
	SC_VARIANT_HEAD;
	int shut;
} calls[] = {
	{ .name = "getpeername", .shut = 0 },
	{ .name = "shutdown", .shut = 1 },
};
SC_VARIANTS(calls);

SC_TEST(ip_enotconn)
{
	const struct call *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	int fd = sc_kind_socket(P->kind);

	if (V->shut)
		SC_EXPECT_ERRNO(shutdown(fd, SHUT_RDWR), ENOTCONN);
	else
		SC_EXPECT_ERRNO(getpeername(fd, (struct sockaddr *)&ss, &len), ENOTCONN);
}
