/* ip(7): connect() on an unbound socket binds it to a random free port
 * (or a usable shared one) with the local address set to INADDR_ANY. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_connect_autobind) = {
	.claim   = "after connect() on an unbound socket getsockname shows a nonzero port and the local address INADDR_ANY",
	.source  = SC_SRC("man:ip(7)", "connect binds a port: When connect(2) is called on an unbound socket, the socket is automatically bound to a random free port or to a usable shared port with the local address set to INADDR_ANY."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 sockets */
	.fixture = SC_FIX_NONE,
	.key     = "local",
};

SC_TEST(ip_connect_autobind)
{
	struct sockaddr_storage peer, ss;
	socklen_t plen, len = sizeof ss;
	int server = sc_bound_socket(P, &peer, &plen), fd = sc_kind_socket(P->kind);
	char addr[64];

	if (sc_ip4_accepts(P->kind))
		SC_REQUIRE_OK(listen(server, 1));
	SC_EXPECT_OK(connect(fd, (struct sockaddr *)&peer, plen));
	SC_REQUIRE_OK(getsockname(fd, (struct sockaddr *)&ss, &len));
	sc_observe_str("local", sc_ip4_str(&ss, addr));
	sc_observe_int("port", sc_addr_port(&ss));
	SC_EXPECT_CMP(sc_addr_port(&ss), >, 0);
	SC_EXPECT(!strcmp(addr, "0.0.0.0"), "the local address is %s, not INADDR_ANY", addr);
}
