/* ipv6(7): IPv4 connections can be handled with the IPv6 API through
 * v4-mapped addresses: an AF_INET6 socket reaches an AF_INET peer at
 * ::ffff:127.0.0.1, data flows both ways, and the IPv4 peer sees the
 * client as 127.0.0.1. */
#include "sc.h"
#include <arpa/inet.h>
#include <poll.h>

SC_CASE(ipv6_mapped_connect_inet) = {
	.claim   = "an AF_INET6 socket connects to an AF_INET peer at ::ffff:127.0.0.1 and exchanges data with it; the peer sees an IPv4 client",
	.source  = SC_SRC("man:ipv6(7)", "v4-mapped addresses: IPv4 connections can be handled with the v6 API by using the v4-mapped-on-v6 address type"),
	.kinds   = SC_INET6,
	.exclude = SC_RECIPE, /* the case makes its own mapped pair */
	.fixture = SC_FIX_NONE,
	.key     = "peer_family",
};

SC_TEST(ipv6_mapped_connect_inet)
{
	const struct sc_kind *k = P->kind;
	struct sockaddr_in srv = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct sockaddr_in6 to = { .sin6_family = AF_INET6 };
	struct sockaddr_storage from;
	socklen_t sl = sizeof srv, fl = sizeof from;
	int s = sc_socket(AF_INET, k->type, k->protocol), c = sc_kind_socket(k), off = 0, peer;
	char buf[8] = "";

	SC_REQUIRE_OK(setsockopt(c, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off));
	SC_REQUIRE_OK(bind(s, (struct sockaddr *)&srv, sizeof srv));
	SC_REQUIRE_OK(getsockname(s, (struct sockaddr *)&srv, &sl));
	if (k->type == SOCK_STREAM)
		SC_REQUIRE_OK(listen(s, 1));
	inet_pton(AF_INET6, "::ffff:127.0.0.1", &to.sin6_addr);
	to.sin6_port = srv.sin_port;
	SC_EXPECT_OK(connect(c, (struct sockaddr *)&to, sizeof to));
	SC_EXPECT_RET(send(c, "v4", 2, 0), 2);
	if (k->type == SOCK_STREAM) {
		sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the connection at the IPv4 listener");
		peer = sc_track(accept(s, (struct sockaddr *)&from, &fl));
		SC_REQUIRE(peer >= 0, "accept failed: %s", sc_errname(errno));
		sc_wait_fd(peer, POLLIN, SC_WAIT_MS, "the data at the IPv4 peer");
		SC_EXPECT_RET(recv(peer, buf, sizeof buf, MSG_DONTWAIT), 2);
	} else {
		peer = s;
		sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the datagram at the IPv4 peer");
		SC_EXPECT_RET(recvfrom(s, buf, sizeof buf, MSG_DONTWAIT, (struct sockaddr *)&from, &fl), 2);
		SC_REQUIRE_OK(connect(s, (struct sockaddr *)&from, fl));
	}
	sc_observe_str("peer_family", from.ss_family == AF_INET ? "AF_INET" :
		       from.ss_family == AF_INET6 ? "AF_INET6" : "other");
	SC_EXPECT_EQ(from.ss_family, AF_INET);
	SC_EXPECT_EQ(((struct sockaddr_in *)&from)->sin_addr.s_addr, htonl(INADDR_LOOPBACK));
	SC_EXPECT_RET(send(peer, "ok", 2, 0), 2);
	sc_wait_fd(c, POLLIN, SC_WAIT_MS, "the answer at the AF_INET6 socket");
	SC_EXPECT_RET(recv(c, buf, sizeof buf, MSG_DONTWAIT), 2);
}
