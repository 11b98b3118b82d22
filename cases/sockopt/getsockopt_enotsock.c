/* getsockopt(2) ENOTSOCK: getsockopt() and setsockopt() on a descriptor
 * that is not a socket (a pipe) fail with ENOTSOCK. */
#include "sc.h"

SC_CASE(getsockopt_enotsock) = {
	.claim  = "getsockopt() and setsockopt() on a descriptor that is not a socket fail with ENOTSOCK",
	.source = SC_SRC("man:getsockopt(2)", "ENOTSOCK: The file descriptor sockfd does not refer to a socket"),
	.only   = "inet_stream", /* no socket is involved: the kind gives nothing */
	.fixture = SC_FIX_NONE,
	.key    = "errno",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int set;
} variants[] = {
	{ .name = "getsockopt", .set = 0 },
	{ .name = "setsockopt", .set = 1 },
};
SC_VARIANTS(variants);

SC_TEST(getsockopt_enotsock)
{
	const struct variant *V = P->variant;
	int p[2], v = 1;
	socklen_t len = sizeof v;
	struct sc_res r;

	SC_REQUIRE_OK(pipe2(p, O_CLOEXEC));
	sc_track(p[0]);
	sc_track(p[1]);
	if (V->set)
		r = SC_CALL(setsockopt(p[0], SOL_SOCKET, SO_RCVBUF, &v, sizeof v));
	else
		r = SC_CALL(getsockopt(p[0], SOL_SOCKET, SO_RCVBUF, &v, &len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "0");
	SC_EXPECT_ERRNO_RES(V->set ? "setsockopt(a pipe)" : "getsockopt(a pipe)", r, ENOTSOCK);
}
