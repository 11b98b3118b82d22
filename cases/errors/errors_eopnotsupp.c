/* accept(2): EOPNOTSUPP when the socket is not of type SOCK_STREAM;
 * listen(2): EOPNOTSUPP when its type does not support listen().  A
 * datagram socket is neither; accept(2)'s entry names SOCK_STREAM alone,
 * so a SOCK_SEQPACKET listener is held to it too. */
#include "sc.h"

SC_CASE(errors_eopnotsupp) = {
	.claim   = "accept() on a socket not of type SOCK_STREAM, and listen() on a type that cannot listen, fail with EOPNOTSUPP",
	.source  = SC_SRC("man:accept(2)", "EOPNOTSUPP: The referenced socket is not of type SOCK_STREAM"),
	.kinds   = SC_DGRAM | SC_SEQPACKET,
	.exclude = SC_SOCKETPAIR,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

enum op { ACCEPT, LISTEN };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
} calls[] = {
	{ .name = "accept", .src = SC_SRC("man:accept(2)", "EOPNOTSUPP: The referenced socket is not of type SOCK_STREAM"), .kinds = SC_DGRAM, .op = ACCEPT },
	{ .name = "accept_seqpacket", .src = SC_SRC("man:accept(2)", "EOPNOTSUPP: The referenced socket is not of type SOCK_STREAM"), .kinds = SC_SEQPACKET, .op = ACCEPT },
	{ .name = "listen", .src = SC_SRC("man:listen(2)", "EOPNOTSUPP: The socket is not of a type that supports the listen() operation"), .kinds = SC_DGRAM, .op = LISTEN },
};
SC_VARIANTS(calls);

SC_TEST(errors_eopnotsupp)
{
	const struct call *V = P->variant;
	struct sc_res r;

	if (V->op == LISTEN) {
		struct sockaddr_storage ss;
		socklen_t len;
		int fd = sc_bound_socket(P, &ss, &len);

		r = SC_CALL(listen(fd, 4));
	} else if (P->kind->caps & SC_LISTENER) {
		/* A listener with a connection waiting: accept() has one to give. */
		sc_listen(P, 4);
		P->a = sc_connect(P);
		sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
		sc_set_nonblock(P->l, 1);
		r = SC_CALL(accept4(P->l, NULL, NULL, SOCK_CLOEXEC));
	} else {
		struct sockaddr_storage ss;
		socklen_t len;
		int fd = sc_bound_socket(P, &ss, &len);

		sc_set_nonblock(fd, 1);
		r = SC_CALL(accept4(fd, NULL, NULL, SOCK_CLOEXEC));
	}
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT_ERRNO_RES(V->name, r, EOPNOTSUPP);
}
