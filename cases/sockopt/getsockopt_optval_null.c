/* getsockopt(2): "If no option value is to be supplied or returned,
 * optval may be NULL."  setsockopt(SO_BINDTODEVICE) with no value (NULL,
 * length 0) removes a device binding; getsockopt() with a NULL buffer
 * of length 0 succeeds and returns nothing. */
#include "sc.h"
#include "caps.h"

SC_CASE(getsockopt_optval_null) = {
	.claim  = "with no value to pass or return, a NULL optval is accepted",
	.source = SC_SRC("man:getsockopt(2)", "optval NULL: If no option value is to be supplied or returned, optval may be NULL"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key    = "result",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int set;
} variants[] = {
	{ .name = "setsockopt", .set = 1 },
	{ .name = "getsockopt", .set = 0 },
};
SC_VARIANTS(variants);

SC_TEST(getsockopt_optval_null)
{
	const struct variant *V = P->variant;
	int fd = sc_kind_socket(P->kind);
	char name[32] = "?";
	socklen_t len = 0;
	struct sc_res r;

	if (V->set) {
		/* Changing a binding needs CAP_NET_RAW; without it, the socket
		 * starts unbound and stays so. */
		if (sc_cap_has(CAP_NET_RAW))
			SC_REQUIRE_OK(setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3));
		r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, NULL, 0));
		sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "0");
		sc_expect_ok(SC_HERE, "setsockopt(SO_BINDTODEVICE, NULL, 0)", r);
		/* No device any more: the name reads back empty. */
		len = sizeof name;
		SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, name, &len));
		SC_EXPECT(len == 0 || name[0] == '\0', "still bound to \"%.*s\"", (int)len, name);
		return;
	}
	r = SC_CALL(getsockopt(fd, SOL_SOCKET, SO_TYPE, NULL, &len));
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "0");
	sc_expect_ok(SC_HERE, "getsockopt(SO_TYPE, NULL, &0)", r);
	SC_EXPECT_EQ(len, 0);
}
