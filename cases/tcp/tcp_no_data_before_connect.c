/* tcp(7): data cannot be sent on a listening socket or on one not yet
 * connected: send() fails on both (Linux: EPIPE). */
#include "sc.h"

SC_CASE(tcp_no_data_before_connect) = {
	.claim   = "send() on a listening or a not yet connected TCP socket fails",
	.source  = SC_SRC("man:tcp(7)", "no data before connect: Data cannot be transmitted on listening or not yet connected sockets."),
	.kinds   = SC_TCP,
	.exclude = SC_MAPPED,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct sock {
	SC_VARIANT_HEAD;
	int listening;
} socks[] = {
	{ .name = "listening", .listening = 1 },
	{ .name = "unconnected", .listening = 0 },
};
SC_VARIANTS(socks);

SC_TEST(tcp_no_data_before_connect)
{
	const struct sock *V = P->variant;
	struct sc_res r;
	int fd;

	if (V->listening) {
		sc_listen(P, 1);
		fd = P->l;
	} else {
		fd = sc_kind_socket(P->kind);
	}
	r = SC_CALL(send(fd, "x", 1, MSG_NOSIGNAL));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, "send()", r, (const int[]){ EPIPE, ENOTCONN }, 2);
}
