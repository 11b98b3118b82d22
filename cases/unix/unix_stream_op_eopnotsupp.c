/* unix(7) EOPNOTSUPP: a stream operation (listen(2), accept(2)) called on
 * a socket that is not stream oriented fails with EOPNOTSUPP. */
#include "sc.h"

SC_CASE(unix_stream_op_eopnotsupp) = {
	.claim   = "listen() and accept() on an AF_UNIX datagram socket fail with EOPNOTSUPP",
	.source  = SC_SRC("man:unix(7)", "EOPNOTSUPP: Stream operation called on non-stream oriented socket"),
	.kinds   = SC_DGRAM,
	.require = SC_UNIX,
	.exclude = SC_SOCKETPAIR,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct op {
	SC_VARIANT_HEAD;
} ops[] = {
	{ .name = "listen" },
	{ .name = "accept" },
};
SC_VARIANTS(ops);

SC_TEST(unix_stream_op_eopnotsupp)
{
	const struct sc_variant *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len;
	int fd = sc_bound_socket(P, &ss, &len);
	struct sc_res r;

	if (!strcmp(V->name, "listen"))
		r = SC_CALL(listen(fd, 4));
	else
		r = SC_CALL(sc_track(accept4(fd, NULL, NULL, SOCK_NONBLOCK)));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	sc_expect_fail(SC_HERE, V->name[0] == 'l' ? "listen(a datagram socket)" : "accept(a datagram socket)",
		       r, (const int[]){ EOPNOTSUPP }, 1);
}
