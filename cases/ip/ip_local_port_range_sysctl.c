/* ip(7): /proc/sys/net/ipv4/ip_local_port_range holds the range ephemeral
 * ports come from: a port number 0 given to bind(), listen() or
 * connect() on an unbound socket, sendto() on an unbound datagram
 * socket.  With the range set to four ports in the item's namespace,
 * the port chosen is one of them; once all are taken the call fails. */
#include "sc.h"
#include "ip4.h"
#include <stdio.h>

SC_CASE(ip_local_port_range_sysctl) = {
	.claim   = "ephemeral ports (bind to port 0, listen, connect, sendto unbound) come from ip_local_port_range; when it is exhausted the call fails",
	.source  = SC_SRC("man:ip(7)", "ip_local_port_range: This file contains two integers that define the default local port range allocated to sockets that are not explicitly bound to a port number"),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 ports */
	.fixture = SC_FIX_NONE,
	.key     = "port",
};

enum { BIND, LISTEN, CONNECT, SENDTO, EXHAUST };
static const struct call {
	SC_VARIANT_HEAD;
	int which;
} calls[] = {
	{ .name = "bind", .which = BIND },
	{ .name = "listen", .which = LISTEN, .kinds = SC_LISTENER },
	{ .name = "connect", .which = CONNECT },
	{ .name = "sendto", .which = SENDTO, .kinds = SC_DGRAM },
	{ .name = "exhausted", .which = EXHAUST,
	  .src = SC_SRC("man:ip(7)", "ip_local_port_range: If the range of ephemeral ports is exhausted, then the relevant system call returns an error") },
};
SC_VARIANTS(calls);

#define LO 40000
#define HI 40003

SC_TEST(ip_local_port_range_sysctl)
{
	const struct call *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len;
	int fd, peer, port = -1;

	sc_private_netns();
	sc_sysctl_set("net/ipv4/ip_local_port_range", "40000 40003");
	/* A peer on a fixed port outside the range. */
	peer = sc_ip4_bound(P->kind, "127.0.0.1", 40100);
	if (sc_ip4_accepts(P->kind))
		SC_REQUIRE_OK(listen(peer, 8));
	fd = sc_kind_socket(P->kind);
	switch (V->which) {
	case BIND:
		len = sc_ip4_addr(P->kind, "127.0.0.1", 0, &ss);
		SC_EXPECT_OK(bind(fd, (struct sockaddr *)&ss, len));
		break;
	case LISTEN:
		SC_EXPECT_OK(listen(fd, 1));
		break;
	case CONNECT:
		len = sc_ip4_addr(P->kind, "127.0.0.1", 40100, &ss);
		SC_EXPECT_OK(connect(fd, (struct sockaddr *)&ss, len));
		break;
	case SENDTO:
		len = sc_ip4_addr(P->kind, "127.0.0.1", 40100, &ss);
		SC_EXPECT_OK(sendto(fd, "x", 1, 0, (struct sockaddr *)&ss, len));
		break;
	case EXHAUST: {
		struct sc_res r = { 0, 0 };
		int n = 0;

		len = sc_ip4_addr(P->kind, "127.0.0.1", 0, &ss);
		for (; n <= HI - LO + 1; n++) {
			if (n)
				fd = sc_kind_socket(P->kind);
			r = SC_CALL(bind(fd, (struct sockaddr *)&ss, len));
			if (r.ret < 0)
				break;
		}
		sc_observe_int("bound_before_error", n);
		sc_observe_str("error", r.ret < 0 ? sc_errname(r.err) : "none");
		SC_EXPECT_EQ(n, HI - LO + 1);
		SC_EXPECT(r.ret < 0, "bind() to port 0 succeeded with every port of the range taken");
		return;
	}
	}
	port = sc_port(fd);
	sc_observe_int("port", port);
	SC_EXPECT(port >= LO && port <= HI, "the ephemeral port %d is outside %d-%d", port, LO, HI);
}
