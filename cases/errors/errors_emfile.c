/* socket(2), accept(2): with every descriptor below the soft
 * RLIMIT_NOFILE in use, the per-process limit is reached and the call
 * fails with EMFILE.  The item lowers its own limit (it is a process of its
 * own) to the lowest free descriptor and restores it at once after the
 * call. */
#include "sc.h"
#include <sys/resource.h>

SC_CASE(errors_emfile) = {
	.claim   = "socket() and accept() fail with EMFILE when the per-process descriptor limit has been reached",
	.source  = SC_SRC("man:socket(2)", "EMFILE: The per-process limit on the number of open file descriptors has been reached"),
	.kinds   = SC_PLAIN,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

enum op { SOCKET, ACCEPT };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
} calls[] = {
	{ .name = "socket", .src = SC_SRC("man:socket(2)", "EMFILE: The per-process limit on the number of open file descriptors has been reached"), .op = SOCKET },
	{ .name = "accept", .src = SC_SRC("man:accept(2)", "EMFILE: The per-process limit on the number of open file descriptors has been reached"), .kinds = SC_LISTENER, .op = ACCEPT },
};
SC_VARIANTS(calls);

SC_TEST(errors_emfile)
{
	const struct call *V = P->variant;
	const struct sc_kind *k = P->kind;
	struct rlimit old, low;
	struct sc_res r = { 0, 0 };
	int probe, lowest;

	if (V->op == ACCEPT) {
		sc_listen(P, 4);
		P->a = sc_connect(P);
		sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
	}
	probe = sc_kind_socket(k);
	/* The lowest free descriptor: every one below it is open. */
	lowest = SC_REQUIRE_OK(fcntl(probe, F_DUPFD_CLOEXEC, 0));
	close(lowest);
	SC_REQUIRE_OK(getrlimit(RLIMIT_NOFILE, &old));
	low = old;
	low.rlim_cur = (rlim_t)lowest;
	sc_observe_int("rlimit_nofile", lowest);
	SC_REQUIRE_OK(setrlimit(RLIMIT_NOFILE, &low));
	if (V->op == SOCKET)
		r = SC_CALL(socket(k->domain, k->type | SOCK_CLOEXEC, k->protocol));
	else
		r = SC_CALL(accept4(P->l, NULL, NULL, SOCK_CLOEXEC));
	SC_REQUIRE_OK(setrlimit(RLIMIT_NOFILE, &old));
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT_ERRNO_RES(V->name, r, EMFILE);
}
