/* bind(2), listen(2), connect(2): when a socket must be given an ephemeral
 * port and every port of net.ipv4.ip_local_port_range is in use, bind()
 * to port 0 and listen() on an unbound socket fail with EADDRINUSE, and
 * connect() of an unbound socket with EADDRNOTAVAIL.  The item runs in a
 * network namespace of its own whose range is two ports, both bound. */
#include "sc.h"
#include <stdio.h>

SC_CASE(ephemeral_exhausted) = {
	.claim   = "with every ephemeral port in use, bind(port 0) and listen() fail with EADDRINUSE and connect() with EADDRNOTAVAIL",
	.source  = SC_SRC("man:bind(2)", "EADDRINUSE (2): (Internet domain sockets) The port number was specified as zero in the socket address structure, but, upon attempting to bind to an ephemeral port, it was determined that all port numbers in the ephemeral port range are currently in use"),
	.kinds   = SC_IP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

enum op { BIND, LISTEN, CONNECT };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
	int err;
} calls[] = {
	{ .name = "bind", .src = SC_SRC("man:bind(2)", "EADDRINUSE (2): (Internet domain sockets) The port number was specified as zero ... all port numbers in the ephemeral port range are currently in use"), .op = BIND, .err = EADDRINUSE },
	{ .name = "listen", .src = SC_SRC("man:listen(2)", "EADDRINUSE (2): (Internet domain sockets) The socket referred to by sockfd had not previously been bound to an address and, upon attempting to bind it to an ephemeral port, it was determined that all port numbers in the ephemeral port range are currently in use"), .kinds = SC_TCP, .op = LISTEN, .err = EADDRINUSE },
	{ .name = "connect", .src = SC_SRC("man:connect(2)", "EADDRNOTAVAIL: (Internet domain sockets) The socket referred to by sockfd had not previously been bound to an address and, upon attempting to bind it to an ephemeral port, it was determined that all port numbers in the ephemeral port range are currently in use"), .op = CONNECT, .err = EADDRNOTAVAIL },
};
SC_VARIANTS(calls);

#define FIRST 40000

SC_TEST(ephemeral_exhausted)
{
	const struct call *V = P->variant;
	struct sockaddr_storage ss, peer;
	socklen_t len, plen;
	struct sc_res r = { 0, 0 };
	char range[32];
	int fd;

	sc_private_netns();
	snprintf(range, sizeof range, "%d %d", FIRST, FIRST + 1);
	sc_sysctl_set("net/ipv4/ip_local_port_range", range);
	/* Somewhere to connect to, on a port outside the range. */
	fd = sc_kind_socket(P->kind);
	sc_local_addr(P, &peer, &plen);
	sc_set_port(&peer, FIRST - 1);
	SC_REQUIRE_OK(bind(fd, (struct sockaddr *)&peer, plen));
	if (P->kind->caps & SC_LISTENER)
		SC_REQUIRE_OK(listen(fd, 4));
	for (int port = FIRST; port <= FIRST + 1; port++) {
		fd = sc_kind_socket(P->kind);
		sc_local_addr(P, &ss, &len);
		sc_set_port(&ss, port);
		SC_REQUIRE_OK(bind(fd, (struct sockaddr *)&ss, len));
	}
	fd = sc_kind_socket(P->kind);
	sc_local_addr(P, &ss, &len);
	switch (V->op) {
	case BIND: r = SC_CALL(bind(fd, (struct sockaddr *)&ss, len)); break;
	case LISTEN: r = SC_CALL(listen(fd, 4)); break;
	case CONNECT: r = SC_CALL(connect(fd, (struct sockaddr *)&peer, plen)); break;
	}
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	if (r.ret == 0)
		sc_observe_int("port", sc_port(fd));
	SC_EXPECT_ERRNO_RES(V->name, r, V->err);
}
