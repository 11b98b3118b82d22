/* accept(2), bind(2), connect(2), getsockname(2), getpeername(2): an
 * address argument pointing outside the process's accessible memory (a
 * page mapped PROT_NONE; for accept, which writes it, a read-only page)
 * makes the call fail with EFAULT. */
#include "sc.h"
#include <sys/mman.h>

SC_CASE(errors_efault) = {
	.claim   = "a socket call whose address argument points outside the accessible (for accept: writable) address space fails with EFAULT",
	.source  = SC_SRC("man:connect(2)", "EFAULT: The socket structure address is outside the user's address space"),
	.kinds   = SC_PLAIN,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

enum op { ACCEPT, BIND, CONNECT, GETSOCKNAME, GETPEERNAME };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
} calls[] = {
	{ .name = "accept", .src = SC_SRC("man:accept(2)", "EFAULT: The addr argument is not in a writable part of the user address space"), .kinds = SC_LISTENER, .op = ACCEPT },
	{ .name = "bind", .src = SC_SRC("man:bind(2)", "EFAULT: addr points outside the user's accessible address space"), .op = BIND },
	{ .name = "connect", .src = SC_SRC("man:connect(2)", "EFAULT: The socket structure address is outside the user's address space"), .op = CONNECT },
	{ .name = "getsockname", .src = SC_SRC("man:getsockname(2)", "EFAULT: The addr argument points to memory not in a valid part of the process address space"), .op = GETSOCKNAME },
	{ .name = "getpeername", .src = SC_SRC("man:getpeername(2)", "EFAULT: The addr argument points to memory not in a valid part of the process address space"), .op = GETPEERNAME },
};
SC_VARIANTS(calls);

SC_TEST(errors_efault)
{
	const struct call *V = P->variant;
	void *bad = mmap(NULL, 4096, V->op == ACCEPT ? PROT_READ : PROT_NONE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	struct sc_res r = { 0, 0 };
	int fd;

	SC_REQUIRE(bad != MAP_FAILED, "mmap failed: %s", sc_errname(errno));
	switch (V->op) {
	case ACCEPT:
		sc_listen(P, 4);
		P->a = sc_connect(P);
		sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
		r = SC_CALL(accept(P->l, bad, &len));
		break;
	case BIND:
		fd = sc_kind_socket(P->kind);
		sc_local_addr(P, &ss, &len);
		r = SC_CALL(bind(fd, bad, len));
		break;
	case CONNECT:
		fd = sc_kind_socket(P->kind);
		sc_local_addr(P, &ss, &len);
		r = SC_CALL(connect(fd, bad, len));
		break;
	case GETSOCKNAME:
		fd = sc_kind_socket(P->kind);
		r = SC_CALL(getsockname(fd, bad, &len));
		break;
	case GETPEERNAME:
		sc_make_pair(P);
		r = SC_CALL(getpeername(P->a, bad, &len));
		break;
	}
	sc_track((int)r.ret);
	munmap(bad, 4096);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT_ERRNO_RES(V->name, r, EFAULT);
}
