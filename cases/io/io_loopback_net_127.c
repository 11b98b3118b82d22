/* RFC 1122 3.2.1.3 (g): every address {127, <any>} is the host's internal
 * loopback, not only 127.0.0.1.  A socket bound to 127.0.0.2 is reached by
 * a peer sending (or connecting) to 127.0.0.2, and the peer sees that
 * address.  *unsupported* where 127.0.0.2 cannot be bound (no 127/8 route
 * on lo). */
#include "sc.h"
#include <arpa/inet.h>

SC_CASE(io_loopback_net_127) = {
	.claim   = "any 127.0.0.0/8 address is loopback: a socket bound to 127.0.0.2 receives what a local peer sends to 127.0.0.2",
	.source  = SC_SRC("rfc:1122", "3.2.1.3 (g) { 127, <any> }: Internal host loopback address"),
	.also    = { SC_SRC("man:ip(7)", "INADDR_LOOPBACK: 127.0.0.1 always refers to the local host via the loopback device") },
	.kinds   = SC_INET,
	.exclude = SC_RECIPE | SC_SEQPACKET, /* its own sockets: a listener or a datagram */
	.fixture = SC_FIX_NONE,
	.key     = "source",
};

SC_TEST(io_loopback_net_127)
{
	struct sockaddr_in sa = { .sin_family = AF_INET }, from;
	socklen_t len = sizeof sa, flen = sizeof from;
	int srv = sc_kind_socket(P->kind), c = sc_kind_socket(P->kind), s;
	char buf[8] = "", txt[INET_ADDRSTRLEN] = "?";
	struct sc_res r;

	sa.sin_addr.s_addr = htonl(0x7f000002);
	r = SC_CALL(bind(srv, (struct sockaddr *)&sa, sizeof sa));
	if (r.ret < 0 && r.err == EADDRNOTAVAIL)
		sc_unsupported("bind() to 127.0.0.2: EADDRNOTAVAIL: 127.0.0.0/8 is not local here");
	sc_expect_ok(SC_HERE, "bind(127.0.0.2)", r);
	SC_REQUIRE_OK(getsockname(srv, (struct sockaddr *)&sa, &len));
	if (P->kind->caps & SC_LISTENER) {
		SC_REQUIRE_OK(listen(srv, 4));
		SC_EXPECT_OK(connect(c, (struct sockaddr *)&sa, sizeof sa));
		P->l = srv;
		s = sc_accept(P, SC_WAIT_MS);
		SC_EXPECT_RET(send(c, "127/8", 5, 0), 5);
	} else {
		s = srv;
		SC_EXPECT_RET(sendto(c, "127/8", 5, 0, (struct sockaddr *)&sa, sizeof sa), 5);
	}
	sc_wait_fd(s, POLLIN, SC_WAIT_MS, "data sent to 127.0.0.2");
	memset(&from, 0, sizeof from);
	SC_EXPECT_RET(recvfrom(s, buf, sizeof buf, MSG_DONTWAIT, (struct sockaddr *)&from, &flen), 5);
	SC_EXPECT(!memcmp(buf, "127/8", 5), "received \"%.5s\"", buf);
	if (P->kind->caps & SC_LISTENER) {
		flen = sizeof from;
		SC_EXPECT_OK(getpeername(s, (struct sockaddr *)&from, &flen));
	}
	inet_ntop(AF_INET, &from.sin_addr, txt, sizeof txt);
	sc_observe_str("source", txt);
	SC_EXPECT((ntohl(from.sin_addr.s_addr) >> 24) == 127, "the sender's address %s is not in 127/8", txt);
	if (P->kind->caps & SC_LISTENER) {
		flen = sizeof from;
		SC_EXPECT_OK(getpeername(c, (struct sockaddr *)&from, &flen));
		inet_ntop(AF_INET, &from.sin_addr, txt, sizeof txt);
		sc_observe_str("client_peer", txt);
		SC_EXPECT(from.sin_addr.s_addr == htonl(0x7f000002), "the client's peer is %s", txt);
	}
}
