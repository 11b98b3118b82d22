/* ipv6(7) IPV6_ADDRFORM: an AF_INET6 socket connected and bound to
 * v4-mapped addresses turns into an AF_INET socket.  A dual-stack client
 * connects to an AF_INET peer at ::ffff:127.0.0.1 (so its own address is
 * ::ffff:127.0.0.1 too) and is converted: afterwards it reports AF_INET
 * (SO_DOMAIN), its addresses come as sockaddr_in, and the connection goes
 * on carrying data both ways. */
#include "sc.h"
#include <arpa/inet.h>
#include <poll.h>

SC_CASE(ipv6_addrform_to_inet) = {
	.claim   = "setsockopt(IPV6_ADDRFORM, AF_INET) on a connected v4-mapped socket makes it an AF_INET socket that keeps its connection",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_ADDRFORM: Turn an AF_INET6 socket into a socket of a different address family. Only AF_INET is currently supported for that. It is allowed only for IPv6 sockets that are connected and bound to a v4-mapped-on-v6 address"),
	.kinds   = SC_INET6,
	.exclude = SC_RECIPE, /* the case makes its own mapped pair */
	.fixture = SC_FIX_NONE,
	.key     = "domain_after",
};

SC_TEST(ipv6_addrform_to_inet)
{
	const struct sc_kind *k = P->kind;
	struct sockaddr_in srv = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct sockaddr_in6 to = { .sin6_family = AF_INET6 };
	struct sockaddr_storage ss;
	socklen_t l = sizeof srv;
	int s = sc_socket(AF_INET, k->type, k->protocol), c = sc_kind_socket(k), peer = s, off = 0;
	struct sc_res r;
	long domain;
	char b;

	SC_REQUIRE_OK(setsockopt(c, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off));
	SC_REQUIRE_OK(bind(s, (struct sockaddr *)&srv, sizeof srv));
	SC_REQUIRE_OK(getsockname(s, (struct sockaddr *)&srv, &l));
	if (k->type == SOCK_STREAM)
		SC_REQUIRE_OK(listen(s, 1));
	inet_pton(AF_INET6, "::ffff:127.0.0.1", &to.sin6_addr);
	to.sin6_port = srv.sin_port;
	SC_REQUIRE_OK(connect(c, (struct sockaddr *)&to, sizeof to));
	if (k->type == SOCK_STREAM) {
		sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the connection");
		peer = sc_track(accept(s, NULL, NULL));
		SC_REQUIRE(peer >= 0, "accept failed: %s", sc_errname(errno));
	} else {
		l = sizeof ss;
		SC_REQUIRE_OK(getsockname(c, (struct sockaddr *)&ss, &l));
		((struct sockaddr_in *)&srv)->sin_port = ((struct sockaddr_in6 *)&ss)->sin6_port;
		SC_REQUIRE_OK(connect(s, (struct sockaddr *)&srv, sizeof srv));
	}
	r = SC_CALL(setsockopt(c, IPPROTO_IPV6, IPV6_ADDRFORM, &(int){ AF_INET }, sizeof(int)));
	sc_observe_str("addrform", r.ret < 0 ? sc_errname(r.err) : "converted");
	sc_expect_ok(SC_HERE, "setsockopt(IPV6_ADDRFORM, AF_INET)", r);
	domain = sc_sockopt_int(c, SO_DOMAIN);
	sc_observe_int("domain_after", domain);
	SC_EXPECT_EQ(domain, AF_INET);
	l = sizeof ss;
	SC_EXPECT_OK(getsockname(c, (struct sockaddr *)&ss, &l));
	SC_EXPECT_EQ(ss.ss_family, AF_INET);
	SC_EXPECT_EQ(l, sizeof(struct sockaddr_in));
	l = sizeof ss;
	SC_EXPECT_OK(getpeername(c, (struct sockaddr *)&ss, &l));
	SC_EXPECT_EQ(ss.ss_family, AF_INET);
	SC_EXPECT_EQ(((struct sockaddr_in *)&ss)->sin_addr.s_addr, htonl(INADDR_LOOPBACK));
	SC_EXPECT_RET(send(c, "x", 1, 0), 1);
	sc_wait_fd(peer, POLLIN, SC_WAIT_MS, "data from the converted socket");
	SC_EXPECT_RET(recv(peer, &b, 1, MSG_DONTWAIT), 1);
	SC_EXPECT_RET(send(peer, "y", 1, 0), 1);
	sc_wait_fd(c, POLLIN, SC_WAIT_MS, "data at the converted socket");
	SC_EXPECT_RET(recv(c, &b, 1, MSG_DONTWAIT), 1);
}
