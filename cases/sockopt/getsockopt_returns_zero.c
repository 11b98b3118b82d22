/* getsockopt(2) RETURN VALUE: on success the standard options return 0,
 * not a length or other positive value. */
#include "sc.h"

SC_CASE(getsockopt_returns_zero) = {
	.claim  = "a successful getsockopt() or setsockopt() of a standard option returns 0",
	.source = SC_SRC("man:getsockopt(2)", "returns zero: On success, zero is returned for the standard options"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key    = "returned",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int set;
} variants[] = {
	{ .name = "getsockopt", .set = 0 },
	{ .name = "setsockopt", .set = 1 },
};
SC_VARIANTS(variants);

SC_TEST(getsockopt_returns_zero)
{
	const struct variant *V = P->variant;
	int fd = sc_kind_socket(P->kind), v = 32768;
	socklen_t len = sizeof v;
	long ret;

	if (V->set)
		ret = SC_EXPECT_RET(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, sizeof v), 0);
	else
		ret = SC_EXPECT_RET(getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, &len), 0);
	sc_observe_int("returned", ret);
}
