/* TIPC is an address family of its own (the tutorial's IPPROTO_TIPC does
 * not exist: socket_ipproto_tipc): socket(AF_TIPC, type, 0) makes a TIPC
 * socket, and a connected pair of them carries data both ways, each end
 * reading SO_DOMAIN AF_TIPC.  A kernel without TIPC answers EAFNOSUPPORT
 * (*unsupported*). */
#include "sc.h"

SC_CASE(socket_family_tipc) = {
	.claim   = "socket(AF_TIPC, type, 0) makes TIPC sockets: a pair of them carries data both ways and reads SO_DOMAIN AF_TIPC",
	.source  = SC_SRC("linux:Documentation/networking/tipc.rst", "TIPC socket API: socket(AF_TIPC, SOCK_STREAM / SOCK_SEQPACKET / SOCK_DGRAM / SOCK_RDM, 0)"),
	.kinds   = SC_TIPC,
	.key     = "so_domain",
};

SC_TEST(socket_family_tipc)
{
	char buf[8] = "";

	sc_observe_int("so_domain", sc_sockopt_int(P->a, SO_DOMAIN));
	SC_EXPECT_EQ(sc_sockopt_int(P->a, SO_DOMAIN), AF_TIPC);
	SC_EXPECT_EQ(sc_sockopt_int(P->b, SO_DOMAIN), AF_TIPC);
	SC_EXPECT_EQ(sc_sockopt_int(P->a, SO_TYPE), P->kind->type);
	SC_EXPECT_RET(send(P->a, "tipc", 4, 0), 4);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message over TIPC");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 4);
	SC_EXPECT(!memcmp(buf, "tipc", 4), "received \"%.4s\"", buf);
	SC_EXPECT_RET(send(P->b, "back", 4, 0), 4);
	sc_wait_fd(P->a, POLLIN, SC_WAIT_MS, "the answer over TIPC");
	SC_EXPECT_RET(recv(P->a, buf, sizeof buf, MSG_DONTWAIT), 4);
}
