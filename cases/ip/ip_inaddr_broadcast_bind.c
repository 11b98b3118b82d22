/* ip(7): INADDR_BROADCAST (255.255.255.255) has the same effect on bind
 * as INADDR_ANY: a socket bound to 255.255.255.255:port gets what is sent
 * to 127.0.0.1:port, as one bound to the wildcard would.  In the item's
 * own namespace, a datagram delivered or refused for want of a socket is
 * counted (Udp InDatagrams, NoPorts). */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_inaddr_broadcast_bind) = {
	.claim   = "a socket bound to INADDR_BROADCAST:port receives (or accepts) what is sent to 127.0.0.1:port, like one bound to INADDR_ANY",
	.source  = SC_SRC("man:ip(7)", "INADDR_BROADCAST binds as INADDR_ANY: INADDR_BROADCAST (255.255.255.255) means any host and has the same effect on bind as INADDR_ANY for historical reasons"),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 addresses */
	.fixture = SC_FIX_NONE,
	.key     = "reached",
};

SC_TEST(ip_inaddr_broadcast_bind)
{
	struct sockaddr_storage ss, to;
	socklen_t len = sizeof ss, tolen;
	int fd, c, reached;
	struct sc_res r;
	char addr[64];

	sc_private_netns();	/* the namespace's UDP counters are the item's own */
	fd = sc_kind_socket(P->kind);
	tolen = sc_ip4_addr(P->kind, "255.255.255.255", 0, &to);
	r = SC_CALL(bind(fd, (struct sockaddr *)&to, tolen));
	sc_observe_str("bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT_OK_RES("bind() to 255.255.255.255", r);
	SC_REQUIRE_OK(getsockname(fd, (struct sockaddr *)&ss, &len));
	sc_observe_str("bound_to", sc_ip4_str(&ss, addr));
	tolen = sc_ip4_addr(P->kind, "127.0.0.1", sc_addr_port(&ss), &to);
	c = sc_kind_socket(P->kind);
	if (sc_ip4_accepts(P->kind))
		SC_REQUIRE_OK(listen(fd, 1));
	if (P->kind->type == SOCK_STREAM) {
		reached = connect(c, (struct sockaddr *)&to, tolen) == 0;
	} else {
		SC_REQUIRE(sendto(c, "bc", 2, 0, (struct sockaddr *)&to, tolen) == 2, "sendto() failed: %s",
			   sc_errname(errno));
		/* Delivered, or refused for want of a socket: counted either way. */
		if (P->kind->caps & SC_UDP)
			SC_WAIT_UNTIL(sc_udp_counter(P->kind, "InDatagrams") + sc_udp_counter(P->kind, "NoPorts") >= 1,
				      SC_WAIT_MS, "the datagram to be delivered or refused");
		reached = (sc_poll(fd, POLLIN, P->kind->caps & SC_UDP ? 0 : sc_ms(SC_WAIT_MS)) & POLLIN) != 0;
	}
	sc_observe_str("reached", reached ? "yes" : "no");
	SC_EXPECT(reached, "nothing sent to 127.0.0.1 reached the socket bound to 255.255.255.255 (bound as %s)", addr);
}
