/* ipv6(7) IPV6_V6ONLY: a socket with the flag set sends and receives IPv6
 * packets only.  It cannot send to (or connect to) an IPv4-mapped address,
 * and IPv4 traffic to its port does not reach it: an IPv4 client is
 * refused as by a closed port. */
#include "sc.h"
#include "icmp.h"
#include <arpa/inet.h>
#include <poll.h>

SC_CASE(ipv6_v6only_no_mapped) = {
	.claim   = "an IPV6_V6ONLY socket can neither reach ::ffff:127.0.0.1 nor be reached from an IPv4 client",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_V6ONLY: If this flag is set to true (nonzero), then the socket is restricted to sending and receiving IPv6 packets only"),
	.kinds   = SC_INET6,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "result",
};

static const struct dir {
	SC_VARIANT_HEAD;
	int receive;
} dirs[] = {
	{ .name = "send", .src = SC_SRC("man:ipv6(7)", "IPV6_V6ONLY: If this flag is set to true (nonzero), then the socket is restricted to sending and receiving IPv6 packets only") },
	{ .name = "receive", .src = SC_SRC("man:ipv6(7)", "IPV6_V6ONLY: If this flag is set to true (nonzero), then the socket is restricted to sending and receiving IPv6 packets only"), .receive = 1 },
};
SC_VARIANTS(dirs);

SC_TEST(ipv6_v6only_no_mapped)
{
	const struct dir *V = P->variant;
	const struct sc_kind *k = P->kind;
	struct sockaddr_in a4 = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_ANY_INIT };
	socklen_t l = sizeof a4;
	int s4, s6;
	struct sc_res r;
	char buf[4];

	/* An IPv4 datagram to a port nobody has is answered by ICMP. */
	sc_icmp_netns();
	s4 = sc_socket(AF_INET, k->type, k->protocol);
	s6 = sc_kind_socket(k);
	SC_SETOPT(s6, IPPROTO_IPV6, IPV6_V6ONLY, 1);
	if (!V->receive) {
		SC_REQUIRE_OK(bind(s4, (struct sockaddr *)&a4, sizeof a4));
		SC_REQUIRE_OK(getsockname(s4, (struct sockaddr *)&a4, &l));
		if (k->type == SOCK_STREAM)
			SC_REQUIRE_OK(listen(s4, 1));
		inet_pton(AF_INET6, "::ffff:127.0.0.1", &a6.sin6_addr);
		a6.sin6_port = a4.sin_port;
		r = k->type == SOCK_STREAM ? SC_CALL(connect(s6, (struct sockaddr *)&a6, sizeof a6))
					   : SC_CALL(sendto(s6, "v4", 2, 0, (struct sockaddr *)&a6, sizeof a6));
		sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "sent");
		SC_EXPECT(r.ret < 0, "the IPv6-only socket reached ::ffff:127.0.0.1");
		return;
	}
	SC_REQUIRE_OK(bind(s6, (struct sockaddr *)&a6, sizeof a6));
	if (k->type == SOCK_STREAM)
		SC_REQUIRE_OK(listen(s6, 1));
	a4.sin_port = htons((uint16_t)sc_port(s6));
	sc_set_nonblock(s4, 1);
	r = SC_CALL(connect(s4, (struct sockaddr *)&a4, sizeof a4));
	SC_REQUIRE(r.ret == 0 || r.err == EINPROGRESS || r.err == ECONNREFUSED,
		   "connect(AF_INET) failed: %s", sc_errname(r.err));
	if (k->type == SOCK_DGRAM)
		SC_REQUIRE_OK(send(s4, "v4", 2, 0));
	/* Either the IPv6-only socket gets it, or the client is refused. */
	SC_WAIT_UNTIL((sc_poll(s6, POLLIN, 0) & POLLIN) || (sc_poll(s4, POLLERR, 0) & POLLERR) ||
		      (k->type == SOCK_STREAM && r.ret < 0 && r.err == ECONNREFUSED),
		      SC_WAIT_MS, "the IPv4 packet to be answered");
	if (r.ret < 0 && r.err == ECONNREFUSED)
		;
	else if (k->type == SOCK_STREAM)
		r = SC_CALL(send(s4, "v4", 2, MSG_NOSIGNAL));
	else
		r = SC_CALL(recv(s4, buf, sizeof buf, MSG_DONTWAIT));
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "reached");
	SC_EXPECT_ERRNO_RES("the IPv4 client's next call", r, ECONNREFUSED);
}
