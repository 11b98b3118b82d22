/* ip(7): listen() on an unbound socket binds it to a random free port
 * with the local address INADDR_ANY. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_listen_autobind) = {
	.claim   = "after listen() on an unbound socket getsockname shows a nonzero port and the wildcard address",
	.source  = SC_SRC("man:ip(7)", "listen binds a port: When listen(2) is called on an unbound socket, the socket is automatically bound to a random free port with the local address set to INADDR_ANY."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 sockets */
	.require = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "local",
};

SC_TEST(ip_listen_autobind)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	int fd = sc_kind_socket(P->kind);
	char addr[64];

	SC_EXPECT_OK(listen(fd, 1));
	SC_REQUIRE_OK(getsockname(fd, (struct sockaddr *)&ss, &len));
	sc_observe_str("local", sc_ip4_str(&ss, addr));
	sc_observe_int("port", sc_addr_port(&ss));
	SC_EXPECT_CMP(sc_addr_port(&ss), >, 0);
	/* The wildcard of the socket's family: 0.0.0.0, or :: */
	SC_EXPECT(!strcmp(addr, "0.0.0.0") || !strcmp(addr, "::"), "the local address is %s", addr);
}
