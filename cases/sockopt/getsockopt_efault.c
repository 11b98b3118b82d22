/* getsockopt(2) EFAULT: optval (or, for getsockopt, optlen) points
 * outside the process's address space. */
#include "sc.h"
#include <sys/mman.h>

SC_CASE(getsockopt_efault) = {
	.claim  = "an optval or optlen pointer outside the address space makes the call fail with EFAULT",
	.source = SC_SRC("man:getsockopt(2)", "EFAULT: The address pointed to by optval is not in a valid part of the process address space"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key    = "errno",
};

enum how { GET_OPTVAL, GET_OPTLEN, SET_OPTVAL };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "getsockopt_optval", .how = GET_OPTVAL },
	{ .name = "getsockopt_optlen", .how = GET_OPTLEN,
	  .src = SC_SRC("man:getsockopt(2)", "EFAULT: For getsockopt(), this error may also be returned if optlen is not in a valid part of the process address space") },
	{ .name = "setsockopt_optval", .how = SET_OPTVAL },
};
SC_VARIANTS(variants);

SC_TEST(getsockopt_efault)
{
	const struct variant *V = P->variant;
	int fd = sc_kind_socket(P->kind);
	socklen_t len = sizeof(int);
	/* A page that is not mapped: reserved, then given back. */
	void *bad = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct sc_res r;

	SC_REQUIRE(bad != MAP_FAILED, "mmap failed: %s", sc_errname(errno));
	munmap(bad, 4096);
	switch (V->how) {
	case GET_OPTVAL:
		r = SC_CALL(getsockopt(fd, SOL_SOCKET, SO_RCVBUF, bad, &len));
		break;
	case GET_OPTLEN:
		r = SC_CALL(getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &(int){ 0 }, (socklen_t *)bad));
		break;
	default:
		r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, bad, sizeof(int)));
		break;
	}
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "0");
	SC_EXPECT_ERRNO_RES(V->name, r, EFAULT);
}
