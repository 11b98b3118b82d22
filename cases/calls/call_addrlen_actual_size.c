/* accept(2), getsockname(2): given a buffer larger than any address,
 * *addrlen on return is the actual size of the address: the size of the
 * family's structure for inet, for AF_UNIX the bytes of sun_family and the
 * path with its terminating null (or the abstract name). */
#include "sc.h"

SC_CASE(call_addrlen_actual_size) = {
	.claim   = "accept() and getsockname() set *addrlen to the actual size of the address returned",
	.source  = SC_SRC("man:getsockname(2)", "addrlen result: On return it contains the actual size of the socket address"),
	.kinds   = SC_ALL,
	/* socketpair: nothing bound; TIPC: getsockname names the port, not the service bound */
	.exclude = SC_SOCKETPAIR | SC_TIPC,
	.fixture = SC_FIX_NONE,
	.key     = "addrlen",
};

enum op { ACCEPT, GETSOCKNAME };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
} calls[] = {
	{ .name = "accept", .src = SC_SRC("man:accept(2)", "addrlen result: on return it will contain the actual size of the peer address"), .kinds = SC_LISTENER, .op = ACCEPT },
	{ .name = "getsockname", .src = SC_SRC("man:getsockname(2)", "addrlen result: On return it contains the actual size of the socket address"), .op = GETSOCKNAME },
};
SC_VARIANTS(calls);

SC_TEST(call_addrlen_actual_size)
{
	const struct call *V = P->variant;
	struct sockaddr_storage want, got;
	socklen_t wlen, glen = sizeof got;
	int fd = sc_kind_socket(P->kind);

	/* The address the socket (for accept: the client) is bound to, and
	 * its size as made: sc_local_addr() computes it, no call reports it. */
	sc_local_addr(P, &want, &wlen);
	if (P->kind->caps & (SC_IP | SC_VSOCK))
		sc_set_port(&want, sc_free_port(P));
	SC_REQUIRE_OK(bind(fd, (struct sockaddr *)&want, wlen));
	sc_observe_int("expected_addrlen", wlen);
	if (V->op == ACCEPT) {
		sc_listen(P, 4);
		SC_REQUIRE_OK(connect(fd, (struct sockaddr *)&P->addr, P->addrlen));
		sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
		sc_track(SC_EXPECT_OK(accept4(P->l, (struct sockaddr *)&got, &glen, SOCK_CLOEXEC)));
	} else {
		SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&got, &glen));
	}
	sc_observe_int("addrlen", glen);
	SC_EXPECT_EQ(glen, wlen);
}
