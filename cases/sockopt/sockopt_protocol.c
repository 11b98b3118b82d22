/* socket(7) SO_PROTOCOL: the socket's protocol, as given to socket(2) —
 * "a value such as IPPROTO_SCTP".  The kinds made with an explicit
 * protocol (MPTCP, UDP-Lite, SCTP) read it back; socket_protocol_default
 * checks the kinds made with protocol 0. */
#include "sc.h"

SC_CASE(sockopt_protocol) = {
	.claim  = "SO_PROTOCOL reads back the protocol given to socket()",
	.source = SC_SRC("man:socket(7)", "SO_PROTOCOL: Retrieves the socket protocol as an integer, returning a value such as IPPROTO_SCTP"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE | SC_PLAIN,
	.fixture = SC_FIX_NONE,
	.key    = "so_protocol",
};

SC_TEST(sockopt_protocol)
{
	int fd = sc_kind_socket(P->kind), v = -1;
	socklen_t len = sizeof v;

	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &v, &len));
	sc_observe_int("so_protocol", v);
	SC_EXPECT_EQ(v, P->kind->protocol);
}
