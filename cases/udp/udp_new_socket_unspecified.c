/* udp(7): a new UDP socket has neither a local nor a remote address:
 * getsockname() shows the wildcard address with port 0 and getpeername()
 * fails with ENOTCONN. */
#include "sc.h"

SC_CASE(udp_new_socket_unspecified) = {
	.claim   = "a new UDP socket's local address is the unspecified one (wildcard, port 0) and it has no remote address",
	.source  = SC_SRC("man:udp(7)", "unspecified addresses: When a UDP socket is created, its local and remote addresses are unspecified"),
	.kinds   = SC_UDP,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "local_port",
};

SC_TEST(udp_new_socket_unspecified)
{
	int fd = sc_kind_socket(P->kind);
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	int any;

	memset(&ss, 0xa5, sizeof ss);
	SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&ss, &len));
	SC_EXPECT_EQ(ss.ss_family, P->kind->domain);
	if (ss.ss_family == AF_INET6)
		any = IN6_IS_ADDR_UNSPECIFIED(&((struct sockaddr_in6 *)&ss)->sin6_addr);
	else
		any = ((struct sockaddr_in *)&ss)->sin_addr.s_addr == htonl(INADDR_ANY);
	sc_observe_int("local_port", sc_addr_port(&ss));
	SC_EXPECT(any, "getsockname() of a new socket gives a specific address");
	SC_EXPECT_EQ(sc_addr_port(&ss), 0);
	len = sizeof ss;
	SC_EXPECT_ERRNO(getpeername(fd, (struct sockaddr *)&ss, &len), ENOTCONN);
}
