/* udp(7): a socket that sends before bind() is bound by the socket layer
 * to a free port from ip_local_port_range on the wildcard address, and can
 * receive there. */
#include "sc.h"
#include <poll.h>

SC_CASE(udp_automatic_port) = {
	.claim   = "an unbound UDP socket that sends is bound to INADDR_ANY (in6addr_any) and a port from ip_local_port_range, where replies reach it",
	.source  = SC_SRC("man:udp(7)", "automatic port: the socket layer will automatically assign a free local port out of the range defined by /proc/sys/net/ipv4/ip_local_port_range and bind the socket to INADDR_ANY"),
	.kinds   = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "port",
};

SC_TEST(udp_automatic_port)
{
	struct sockaddr_storage ba, mine, from;
	socklen_t bl, ml = sizeof mine, fl = sizeof from;
	int b = sc_bound_socket(P, &ba, &bl), s = sc_kind_socket(P->kind), any, port;
	long lo, hi;
	char buf[16] = "";

	sc_port_range(&lo, &hi);
	SC_EXPECT_RET(sendto(s, "hi", 2, 0, (struct sockaddr *)&ba, bl), 2);
	SC_EXPECT_OK(getsockname(s, (struct sockaddr *)&mine, &ml));
	port = sc_addr_port(&mine);
	sc_observe_int("port", port);
	if (mine.ss_family == AF_INET6)
		any = IN6_IS_ADDR_UNSPECIFIED(&((struct sockaddr_in6 *)&mine)->sin6_addr);
	else
		any = ((struct sockaddr_in *)&mine)->sin_addr.s_addr == htonl(INADDR_ANY);
	SC_EXPECT(any, "the automatic binding is not to the wildcard address");
	SC_EXPECT(port >= lo && port <= hi, "port %d is outside ip_local_port_range %ld-%ld", port, lo, hi);
	sc_wait_fd(b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_EXPECT_RET(recvfrom(b, buf, sizeof buf, MSG_DONTWAIT, (struct sockaddr *)&from, &fl), 2);
	SC_EXPECT_EQ(sc_addr_port(&from), port);
	SC_EXPECT_RET(sendto(b, "back", 4, 0, (struct sockaddr *)&from, fl), 4);
	sc_wait_fd(s, POLLIN, SC_WAIT_MS, "the reply at the automatically bound port");
	SC_EXPECT_RET(recv(s, buf, sizeof buf, MSG_DONTWAIT), 4);
}
