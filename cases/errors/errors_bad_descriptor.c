/* accept(2), bind(2), connect(2), listen(2), getsockname(2),
 * getpeername(2), shutdown(2), getsockopt(2): a socket call on a
 * descriptor that is not open (here one just closed) fails with EBADF; on
 * a descriptor that is open but not a socket (a regular file), with
 * ENOTSOCK. */
#include "sc.h"
#include <stdio.h>

SC_CASE(errors_bad_descriptor) = {
	.claim   = "each socket call on a descriptor that is not open fails with EBADF, on one that is not a socket (a regular file) with ENOTSOCK",
	.source  = SC_SRC("man:bind(2)", "EBADF: sockfd is not a valid file descriptor"),
	.also    = { SC_SRC("man:bind(2)", "ENOTSOCK: The file descriptor sockfd does not refer to a socket") },
	.only    = "inet_stream", /* no socket is involved: the kind only gives the address */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

enum op { ACCEPT, BIND, CONNECT, LISTEN, GETSOCKNAME, GETPEERNAME, SHUTDOWN, GETSOCKOPT, SETSOCKOPT };

#define ENOTSOCK_SRC(page) SC_SRC(page, "ENOTSOCK: The file descriptor sockfd does not refer to a socket")

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
	int err;          /* EBADF: a closed descriptor; ENOTSOCK: a regular file */
} calls[] = {
	{ .name = "ebadf_accept", .src = SC_SRC("man:accept(2)", "EBADF: sockfd is not an open file descriptor"), .op = ACCEPT, .err = EBADF },
	{ .name = "ebadf_bind", .src = SC_SRC("man:bind(2)", "EBADF: sockfd is not a valid file descriptor"), .op = BIND, .err = EBADF },
	{ .name = "ebadf_connect", .src = SC_SRC("man:connect(2)", "EBADF: sockfd is not a valid open file descriptor"), .op = CONNECT, .err = EBADF },
	{ .name = "ebadf_listen", .src = SC_SRC("man:listen(2)", "EBADF: The argument sockfd is not a valid file descriptor"), .op = LISTEN, .err = EBADF },
	{ .name = "ebadf_getsockname", .src = SC_SRC("man:getsockname(2)", "EBADF: The argument sockfd is not a valid file descriptor"), .op = GETSOCKNAME, .err = EBADF },
	{ .name = "ebadf_getpeername", .src = SC_SRC("man:getpeername(2)", "EBADF: The argument sockfd is not a valid file descriptor"), .op = GETPEERNAME, .err = EBADF },
	{ .name = "ebadf_shutdown", .src = SC_SRC("man:shutdown(2)", "EBADF: sockfd is not a valid file descriptor"), .op = SHUTDOWN, .err = EBADF },
	{ .name = "ebadf_getsockopt", .src = SC_SRC("man:getsockopt(2)", "EBADF: The argument sockfd is not a valid file descriptor"), .op = GETSOCKOPT, .err = EBADF },
	{ .name = "ebadf_setsockopt", .src = SC_SRC("man:getsockopt(2)", "EBADF: The argument sockfd is not a valid file descriptor"), .op = SETSOCKOPT, .err = EBADF },
	{ .name = "enotsock_accept", .src = ENOTSOCK_SRC("man:accept(2)"), .op = ACCEPT, .err = ENOTSOCK },
	{ .name = "enotsock_bind", .src = ENOTSOCK_SRC("man:bind(2)"), .op = BIND, .err = ENOTSOCK },
	{ .name = "enotsock_connect", .src = ENOTSOCK_SRC("man:connect(2)"), .op = CONNECT, .err = ENOTSOCK },
	{ .name = "enotsock_listen", .src = ENOTSOCK_SRC("man:listen(2)"), .op = LISTEN, .err = ENOTSOCK },
	{ .name = "enotsock_getsockname", .src = ENOTSOCK_SRC("man:getsockname(2)"), .op = GETSOCKNAME, .err = ENOTSOCK },
	{ .name = "enotsock_getpeername", .src = ENOTSOCK_SRC("man:getpeername(2)"), .op = GETPEERNAME, .err = ENOTSOCK },
	{ .name = "enotsock_shutdown", .src = ENOTSOCK_SRC("man:shutdown(2)"), .op = SHUTDOWN, .err = ENOTSOCK },
	{ .name = "enotsock_getsockopt", .src = ENOTSOCK_SRC("man:getsockopt(2)"), .op = GETSOCKOPT, .err = ENOTSOCK },
	{ .name = "enotsock_setsockopt", .src = ENOTSOCK_SRC("man:getsockopt(2)"), .op = SETSOCKOPT, .err = ENOTSOCK },
};
SC_VARIANTS(calls);

/* A descriptor that is not open: a socket's, just closed. */
static int closed_descriptor(struct sc_pair *P)
{
	int fd = sc_kind_socket(P->kind);

	sc_close(&fd);
	/* fd's number is free now: nothing in this process opens another. */
	SC_REQUIRE(fcntl(fd, F_GETFD) < 0 && errno == EBADF, "descriptor %d is open", fd);
	return fd;
}

/* A descriptor that is open but no socket: a regular file's. */
static int regular_file(struct sc_pair *P)
{
	char path[160];

	snprintf(path, sizeof path, "%s/file", P->dir);
	return sc_track(SC_REQUIRE_OK(open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)));
}

SC_TEST(errors_bad_descriptor)
{
	const struct call *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r = { 0, 0 };
	int fd, v = 1;
	socklen_t vlen = sizeof v;

	sc_local_addr(P, &ss, &len);
	fd = V->err == EBADF ? closed_descriptor(P) : regular_file(P);
	switch (V->op) {
	case ACCEPT: r = SC_CALL(accept(fd, NULL, NULL)); break;
	case BIND: r = SC_CALL(bind(fd, (struct sockaddr *)&ss, len)); break;
	case CONNECT: r = SC_CALL(connect(fd, (struct sockaddr *)&ss, len)); break;
	case LISTEN: r = SC_CALL(listen(fd, 1)); break;
	case GETSOCKNAME: r = SC_CALL(getsockname(fd, (struct sockaddr *)&ss, &len)); break;
	case GETPEERNAME: r = SC_CALL(getpeername(fd, (struct sockaddr *)&ss, &len)); break;
	case SHUTDOWN: r = SC_CALL(shutdown(fd, SHUT_RDWR)); break;
	case GETSOCKOPT: r = SC_CALL(getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, &vlen)); break;
	case SETSOCKOPT: r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, sizeof v)); break;
	}
	if (V->op == ACCEPT)
		sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	sc_expect_fail(SC_HERE, strchr(V->name, '_') + 1, r, &V->err, 1);
}
