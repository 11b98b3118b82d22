/* socket(7): SO_ACCEPTCONN, SO_DOMAIN, SO_ERROR, SO_PROTOCOL and SO_TYPE
 * are read-only: setsockopt refuses them (ENOPROTOOPT, the option is not
 * known for setting) and the value read stays what it was. */
#include "sc.h"

SC_CASE(sockopt_read_only) = {
	.claim  = "a read-only socket option cannot be set: setsockopt fails and the value is unchanged",
	.source = SC_SRC("man:socket(7)", "SO_TYPE: This socket option is read-only"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key    = "errno",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int opt;
} variants[] = {
	{ .name = "SO_ACCEPTCONN", .opt = SO_ACCEPTCONN,
	  .src = SC_SRC("man:socket(7)", "SO_ACCEPTCONN: This socket option is read-only") },
	{ .name = "SO_DOMAIN", .opt = SO_DOMAIN,
	  .src = SC_SRC("man:socket(7)", "SO_DOMAIN: This socket option is read-only") },
	{ .name = "SO_ERROR", .opt = SO_ERROR,
	  .src = SC_SRC("man:socket(7)", "SO_ERROR: This socket option is read-only") },
	{ .name = "SO_PROTOCOL", .opt = SO_PROTOCOL,
	  .src = SC_SRC("man:socket(7)", "SO_PROTOCOL: This socket option is read-only") },
	{ .name = "SO_TYPE", .opt = SO_TYPE,
	  .src = SC_SRC("man:socket(7)", "SO_TYPE: This socket option is read-only") },
};
SC_VARIANTS(variants);

SC_TEST(sockopt_read_only)
{
	const struct variant *V = P->variant;
	int fd = sc_kind_socket(P->kind), v = 1;
	long before = sc_sockopt_int(fd, V->opt);
	struct sc_res r;

	/* A value it cannot have now: 1 for the 0s, a different number for
	 * the others. */
	v = before == 0 ? 1 : (int)before + 1;
	r = SC_CALL(setsockopt(fd, SOL_SOCKET, V->opt, &v, sizeof v));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "set");
	SC_EXPECT(r.ret < 0, "setsockopt(%s, %d) succeeded", V->name, v);
	SC_EXPECT_EQ(sc_sockopt_int(fd, V->opt), before);
}
