/* socket(2), accept(2): SOCK_CLOEXEC in socket()'s type or accept4()'s
 * flags sets the close-on-exec flag of the new descriptor; without it the
 * flag is clear. */
#include "sc.h"

SC_CASE(call_sock_cloexec) = {
	.claim   = "SOCK_CLOEXEC sets FD_CLOEXEC on the new descriptor, which is clear without it",
	.source  = SC_SRC("man:socket(2)", "SOCK_CLOEXEC: Set the close-on-exec (FD_CLOEXEC) flag on the new file descriptor"),
	.kinds   = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key     = "fd_flags",
};

enum op { SOCKET, ACCEPT4 };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
} calls[] = {
	{ .name = "socket", .src = SC_SRC("man:socket(2)", "SOCK_CLOEXEC: Set the close-on-exec (FD_CLOEXEC) flag on the new file descriptor"), .op = SOCKET },
	{ .name = "accept4", .src = SC_SRC("man:accept(2)", "SOCK_CLOEXEC: Set the close-on-exec (FD_CLOEXEC) flag on the new file descriptor"), .kinds = SC_LISTENER, .op = ACCEPT4 },
};
SC_VARIANTS(calls);

static int new_fd(struct sc_pair *P, enum op op, int flag)
{
	const struct sc_kind *k = P->kind;

	if (op == SOCKET)
		return sc_track(SC_EXPECT_OK(socket(k->domain, k->type | flag, k->protocol)));
	sc_close(&P->a);
	P->a = sc_connect(P);
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
	return sc_track(SC_EXPECT_OK(accept4(P->l, NULL, NULL, flag)));
}

SC_TEST(call_sock_cloexec)
{
	const struct call *V = P->variant;
	int with, without, probe;

	if (V->op == SOCKET) {
		probe = sc_kind_socket(P->kind); /* a kind this kernel lacks ends here */
		sc_close(&probe);
	} else {
		sc_listen(P, 4);
	}
	with = new_fd(P, V->op, SOCK_CLOEXEC);
	sc_observe_int("fd_flags", fcntl(with, F_GETFD));
	SC_EXPECT(fcntl(with, F_GETFD) & FD_CLOEXEC, "FD_CLOEXEC is clear with SOCK_CLOEXEC");
	without = new_fd(P, V->op, 0);
	sc_observe_int("fd_flags_without", fcntl(without, F_GETFD));
	SC_EXPECT_EQ(fcntl(without, F_GETFD) & FD_CLOEXEC, 0);
}
