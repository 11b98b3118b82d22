/* getsockopt(2) EBADF: getsockopt() and setsockopt() on a descriptor that
 * is not open fail with EBADF. */
#include "sc.h"

SC_CASE(getsockopt_ebadf) = {
	.claim  = "getsockopt() and setsockopt() on a descriptor that is not open fail with EBADF",
	.source = SC_SRC("man:getsockopt(2)", "EBADF: The argument sockfd is not a valid file descriptor"),
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

SC_TEST(getsockopt_ebadf)
{
	const struct variant *V = P->variant;
	int fd = open("/dev/null", O_RDONLY | O_CLOEXEC), v = 1;
	socklen_t len = sizeof v;
	struct sc_res r;

	SC_REQUIRE(fd >= 0, "open(/dev/null) failed: %s", sc_errname(errno));
	close(fd); /* a number nothing holds now */
	if (V->set)
		r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, sizeof v));
	else
		r = SC_CALL(getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, &len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "0");
	SC_EXPECT_ERRNO_RES(V->set ? "setsockopt(closed descriptor)" : "getsockopt(closed descriptor)", r, EBADF);
}
