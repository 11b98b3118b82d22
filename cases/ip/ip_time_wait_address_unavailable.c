/* ip(7): a TCP local address that has been bound stays unavailable for
 * some time after closing (TIME_WAIT) unless SO_REUSEADDR is set: bind()
 * to it fails with EADDRINUSE; with SO_REUSEADDR (on the old socket and
 * the new one) it succeeds. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_time_wait_address_unavailable) = {
	.claim   = "while a closed connection's port is in TIME_WAIT, bind() to it fails with EADDRINUSE, and succeeds with SO_REUSEADDR",
	.source  = SC_SRC("man:ip(7)", "address unavailable after close: A TCP local socket address that has been bound is unavailable for some time after closing, unless the SO_REUSEADDR flag has been set."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 addresses */
	.require = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "bind",
};

static const struct use {
	SC_VARIANT_HEAD;
	int reuse;
} uses[] = {
	{ .name = "plain", .reuse = 0 },
	{ .name = "so_reuseaddr", .reuse = 1 },
};
SC_VARIANTS(uses);

SC_TEST(ip_time_wait_address_unavailable)
{
	const struct use *V = P->variant;
	int fd;
	struct sc_res r;

	sc_make_time_wait(P, V->reuse);
	fd = sc_kind_socket(P->kind);
	if (V->reuse)
		SC_SETOPT(fd, SOL_SOCKET, SO_REUSEADDR, 1);
	r = SC_CALL(bind(fd, (struct sockaddr *)&P->addr, P->addrlen));
	sc_observe_str("bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	if (V->reuse)
		SC_EXPECT_OK_RES("bind() with SO_REUSEADDR to the port in TIME_WAIT", r);
	else
		SC_EXPECT_ERRNO_RES("bind() to the port in TIME_WAIT", r, EADDRINUSE);
}
