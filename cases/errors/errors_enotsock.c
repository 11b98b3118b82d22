/* accept(2), bind(2), connect(2), listen(2), getsockname(2),
 * getpeername(2), shutdown(2): a descriptor of a regular file makes each
 * call fail with ENOTSOCK. */
#include "sc.h"
#include <stdio.h>

SC_CASE(errors_enotsock) = {
	.claim   = "each socket call on a descriptor that is not a socket (a regular file) fails with ENOTSOCK",
	.source  = SC_SRC("man:bind(2)", "ENOTSOCK: The file descriptor sockfd does not refer to a socket"),
	.only    = "inet_stream", /* no socket is involved: the kind only gives the address */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

enum op { ACCEPT, BIND, CONNECT, LISTEN, GETSOCKNAME, GETPEERNAME, SHUTDOWN };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
} calls[] = {
	{ .name = "accept", .src = SC_SRC("man:accept(2)", "ENOTSOCK: The file descriptor sockfd does not refer to a socket"), .op = ACCEPT },
	{ .name = "bind", .src = SC_SRC("man:bind(2)", "ENOTSOCK: The file descriptor sockfd does not refer to a socket"), .op = BIND },
	{ .name = "connect", .src = SC_SRC("man:connect(2)", "ENOTSOCK: The file descriptor sockfd does not refer to a socket"), .op = CONNECT },
	{ .name = "listen", .src = SC_SRC("man:listen(2)", "ENOTSOCK: The file descriptor sockfd does not refer to a socket"), .op = LISTEN },
	{ .name = "getsockname", .src = SC_SRC("man:getsockname(2)", "ENOTSOCK: The file descriptor sockfd does not refer to a socket"), .op = GETSOCKNAME },
	{ .name = "getpeername", .src = SC_SRC("man:getpeername(2)", "ENOTSOCK: The file descriptor sockfd does not refer to a socket"), .op = GETPEERNAME },
	{ .name = "shutdown", .src = SC_SRC("man:shutdown(2)", "ENOTSOCK: The file descriptor sockfd does not refer to a socket"), .op = SHUTDOWN },
};
SC_VARIANTS(calls);

SC_TEST(errors_enotsock)
{
	const struct call *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len;
	char path[160];
	struct sc_res r = { 0, 0 };
	int fd;

	sc_local_addr(P, &ss, &len);
	snprintf(path, sizeof path, "%s/file", P->dir);
	fd = sc_track(SC_REQUIRE_OK(open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)));
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
	SC_EXPECT_ERRNO_RES(V->name, r, ENOTSOCK);
}
