/* accept(2), bind(2), connect(2), listen(2), getsockname(2),
 * getpeername(2), shutdown(2): a descriptor that is not open (here one
 * just closed) makes each call fail with EBADF. */
#include "sc.h"

SC_CASE(errors_ebadf) = {
	.claim   = "each socket call on a descriptor that is not open fails with EBADF",
	.source  = SC_SRC("man:bind(2)", "EBADF: sockfd is not a valid file descriptor"),
	.only    = "inet_stream", /* no socket is involved: the kind only gives the address */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

enum op { ACCEPT, BIND, CONNECT, LISTEN, GETSOCKNAME, GETPEERNAME, SHUTDOWN };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
} calls[] = {
	{ .name = "accept", .src = SC_SRC("man:accept(2)", "EBADF: sockfd is not an open file descriptor"), .op = ACCEPT },
	{ .name = "bind", .src = SC_SRC("man:bind(2)", "EBADF: sockfd is not a valid file descriptor"), .op = BIND },
	{ .name = "connect", .src = SC_SRC("man:connect(2)", "EBADF: sockfd is not a valid open file descriptor"), .op = CONNECT },
	{ .name = "listen", .src = SC_SRC("man:listen(2)", "EBADF: The argument sockfd is not a valid file descriptor"), .op = LISTEN },
	{ .name = "getsockname", .src = SC_SRC("man:getsockname(2)", "EBADF: The argument sockfd is not a valid file descriptor"), .op = GETSOCKNAME },
	{ .name = "getpeername", .src = SC_SRC("man:getpeername(2)", "EBADF: The argument sockfd is not a valid file descriptor"), .op = GETPEERNAME },
	{ .name = "shutdown", .src = SC_SRC("man:shutdown(2)", "EBADF: sockfd is not a valid file descriptor"), .op = SHUTDOWN },
};
SC_VARIANTS(calls);

SC_TEST(errors_ebadf)
{
	const struct call *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len;
	int fd = sc_kind_socket(P->kind);
	struct sc_res r = { 0, 0 };

	sc_local_addr(P, &ss, &len);
	sc_close(&fd);
	/* fd's number is free now: nothing in this process opens another. */
	SC_REQUIRE(fcntl(fd, F_GETFD) < 0 && errno == EBADF, "descriptor %d is open", fd);
	switch (V->op) {
	case ACCEPT: r = SC_CALL(accept(fd, NULL, NULL)); break;
	case BIND: r = SC_CALL(bind(fd, (struct sockaddr *)&ss, len)); break;
	case CONNECT: r = SC_CALL(connect(fd, (struct sockaddr *)&ss, len)); break;
	case LISTEN: r = SC_CALL(listen(fd, 1)); break;
	case GETSOCKNAME: r = SC_CALL(getsockname(fd, (struct sockaddr *)&ss, &len)); break;
	case GETPEERNAME: r = SC_CALL(getpeername(fd, (struct sockaddr *)&ss, &len)); break;
	case SHUTDOWN: r = SC_CALL(shutdown(fd, SHUT_RDWR)); break;
	}
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT_ERRNO_RES(V->name, r, EBADF);
}
