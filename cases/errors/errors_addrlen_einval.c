/* accept(2), getsockname(2), getpeername(2): an invalid *addrlen, here
 * negative, makes the call fail with EINVAL; bind(2): a wrong addrlen
 * (the same value, which as a socklen_t exceeds any address) likewise. */
#include "sc.h"

SC_CASE(errors_addrlen_einval) = {
	.claim   = "a socket call given a negative addrlen fails with EINVAL",
	.source  = SC_SRC("man:getsockname(2)", "EINVAL: addrlen is invalid (e.g., is negative)"),
	.kinds   = SC_PLAIN,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

enum op { ACCEPT, BIND, GETSOCKNAME, GETPEERNAME };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
} calls[] = {
	{ .name = "accept", .src = SC_SRC("man:accept(2)", "EINVAL (1): Socket is not listening for connections, or addrlen is invalid (e.g., is negative)"), .kinds = SC_LISTENER, .op = ACCEPT },
	{ .name = "bind", .src = SC_SRC("man:bind(2)", "EINVAL (2): addrlen is wrong, or addr is not a valid address for this socket's domain"), .op = BIND },
	{ .name = "getsockname", .src = SC_SRC("man:getsockname(2)", "EINVAL: addrlen is invalid (e.g., is negative)"), .op = GETSOCKNAME },
	{ .name = "getpeername", .src = SC_SRC("man:getpeername(2)", "EINVAL: addrlen is invalid (e.g., is negative)"), .op = GETPEERNAME },
};
SC_VARIANTS(calls);

SC_TEST(errors_addrlen_einval)
{
	const struct call *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len, negative = (socklen_t)-1;
	struct sc_res r = { 0, 0 };
	int fd;

	sc_observe_int("addrlen", (int)negative);
	switch (V->op) {
	case ACCEPT:
		sc_listen(P, 4);
		P->a = sc_connect(P);
		sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
		r = SC_CALL(accept(P->l, (struct sockaddr *)&ss, &negative));
		break;
	case BIND:
		fd = sc_kind_socket(P->kind);
		sc_local_addr(P, &ss, &len);
		r = SC_CALL(bind(fd, (struct sockaddr *)&ss, negative));
		break;
	case GETSOCKNAME:
		fd = sc_bound_socket(P, &ss, &len);
		r = SC_CALL(getsockname(fd, (struct sockaddr *)&ss, &negative));
		break;
	case GETPEERNAME:
		sc_make_pair(P);
		r = SC_CALL(getpeername(P->a, (struct sockaddr *)&ss, &negative));
		break;
	}
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT_ERRNO_RES(V->name, r, EINVAL);
}
