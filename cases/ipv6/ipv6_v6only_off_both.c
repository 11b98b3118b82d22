/* ipv6(7) IPV6_V6ONLY: with the flag false, one AF_INET6 socket talks to
 * both an IPv6 peer and an IPv4 peer (through its mapped address): a
 * server on [::]:P takes a connection or datagram from ::1 and from
 * 127.0.0.1, and answers each. */
#include "sc.h"
#include <poll.h>

SC_CASE(ipv6_v6only_off_both) = {
	.claim   = "an AF_INET6 socket with IPV6_V6ONLY 0 bound to [::] exchanges data with an IPv6 and an IPv4 client",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_V6ONLY: If this flag is set to false (zero), then the socket can be used to send and receive packets to and from an IPv6 address or an IPv4-mapped IPv6 address"),
	.kinds   = SC_INET6,
	.exclude = SC_RECIPE, /* the case makes its own clients */
	.fixture = SC_FIX_NONE,
	.key     = "answered",
};

/* The server's side of one client: one byte in, one byte back. */
static void serve(const struct sc_kind *k, int s, int c)
{
	struct sockaddr_storage from;
	socklen_t fl = sizeof from;
	char b;
	int peer = s;

	SC_EXPECT_RET(send(c, "q", 1, 0), 1);
	sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the client at the dual-stack socket");
	if (k->type == SOCK_STREAM) {
		peer = sc_track(accept(s, (struct sockaddr *)&from, &fl));
		SC_EXPECT(peer >= 0, "accept failed: %s", sc_errname(errno));
		sc_wait_fd(peer, POLLIN, SC_WAIT_MS, "the client's byte");
		SC_EXPECT_RET(recv(peer, &b, 1, MSG_DONTWAIT), 1);
		SC_EXPECT_RET(send(peer, "a", 1, 0), 1);
	} else {
		SC_EXPECT_RET(recvfrom(s, &b, 1, MSG_DONTWAIT, (struct sockaddr *)&from, &fl), 1);
		SC_EXPECT_RET(sendto(s, "a", 1, 0, (struct sockaddr *)&from, fl), 1);
	}
	sc_wait_fd(c, POLLIN, SC_WAIT_MS, "the answer at the client");
	SC_EXPECT_RET(recv(c, &b, 1, MSG_DONTWAIT), 1);
}

SC_TEST(ipv6_v6only_off_both)
{
	const struct sc_kind *k = P->kind;
	struct sockaddr_in6 srv = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_ANY_INIT };
	struct sockaddr_in6 to6 = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	struct sockaddr_in to4 = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t l = sizeof srv;
	int s = sc_kind_socket(k), c6 = sc_socket(AF_INET6, k->type, k->protocol);
	int c4 = sc_socket(AF_INET, k->type, k->protocol);

	SC_SETOPT(s, IPPROTO_IPV6, IPV6_V6ONLY, 0);
	SC_REQUIRE_OK(bind(s, (struct sockaddr *)&srv, sizeof srv));
	SC_REQUIRE_OK(getsockname(s, (struct sockaddr *)&srv, &l));
	if (k->type == SOCK_STREAM)
		SC_REQUIRE_OK(listen(s, 2));
	to6.sin6_port = to4.sin_port = srv.sin6_port;
	SC_EXPECT_OK(connect(c6, (struct sockaddr *)&to6, sizeof to6));
	serve(k, s, c6);
	SC_EXPECT_OK(connect(c4, (struct sockaddr *)&to4, sizeof to4));
	serve(k, s, c4);
	sc_observe_int("answered", 2);
}
