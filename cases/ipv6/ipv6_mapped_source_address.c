/* ipv6(7): when an IPv4 connection or packet reaches an IPv6 socket, its
 * source address is given mapped to IPv6: ::ffff:127.0.0.1 in an
 * AF_INET6 sockaddr, from accept() or recvfrom(). */
#include "sc.h"
#include <arpa/inet.h>
#include <poll.h>

SC_CASE(ipv6_mapped_source_address) = {
	.claim   = "a dual-stack AF_INET6 socket sees an IPv4 peer's address as ::ffff:127.0.0.1 (AF_INET6)",
	.source  = SC_SRC("man:ipv6(7)", "mapped source address: When you get an IPv4 connection or packet to an IPv6 socket, its source address will be mapped to v6"),
	.kinds   = SC_INET6,
	.exclude = SC_RECIPE, /* the case makes its own mapped pair */
	.fixture = SC_FIX_NONE,
	.key     = "source",
};

SC_TEST(ipv6_mapped_source_address)
{
	const struct sc_kind *k = P->kind;
	struct sockaddr_in6 srv = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_ANY_INIT };
	struct sockaddr_in to = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct sockaddr_storage from, name;
	socklen_t sl = sizeof srv, fl = sizeof from, nl = sizeof name;
	int s = sc_kind_socket(k), c = sc_socket(AF_INET, k->type, k->protocol), off = 0, peer;
	char text[INET6_ADDRSTRLEN] = "", buf[8];
	struct in6_addr want;

	SC_REQUIRE_OK(setsockopt(s, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off));
	SC_REQUIRE_OK(bind(s, (struct sockaddr *)&srv, sizeof srv));
	SC_REQUIRE_OK(getsockname(s, (struct sockaddr *)&srv, &sl));
	if (k->type == SOCK_STREAM)
		SC_REQUIRE_OK(listen(s, 1));
	to.sin_port = srv.sin6_port;
	SC_REQUIRE_OK(connect(c, (struct sockaddr *)&to, sizeof to));
	SC_REQUIRE_OK(send(c, "v4", 2, 0));
	if (k->type == SOCK_STREAM) {
		sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the IPv4 connection");
		peer = sc_track(accept(s, (struct sockaddr *)&from, &fl));
		SC_REQUIRE(peer >= 0, "accept failed: %s", sc_errname(errno));
		SC_EXPECT_OK(getpeername(peer, (struct sockaddr *)&name, &nl));
		SC_EXPECT(sc_same_addr(&from, fl, &name, nl), "accept() and getpeername() disagree");
	} else {
		sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the IPv4 datagram");
		SC_EXPECT_RET(recvfrom(s, buf, sizeof buf, MSG_DONTWAIT, (struct sockaddr *)&from, &fl), 2);
	}
	SC_EXPECT_EQ(from.ss_family, AF_INET6);
	SC_EXPECT_EQ(fl, sizeof(struct sockaddr_in6));
	inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&from)->sin6_addr, text, sizeof text);
	sc_observe_str("source", text);
	inet_pton(AF_INET6, "::ffff:127.0.0.1", &want);
	SC_EXPECT(!memcmp(&((struct sockaddr_in6 *)&from)->sin6_addr, &want, sizeof want),
		  "the IPv4 peer appears as %s", text);
	SC_EXPECT_EQ(sc_addr_port(&from), sc_port(c));
}
