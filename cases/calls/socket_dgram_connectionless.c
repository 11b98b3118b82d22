/* socket(2): SOCK_DGRAM supports datagrams, connectionless messages of a
 * fixed maximum length.  An unconnected socket sends a datagram to an
 * address given with the call and it arrives whole; a message longer than
 * the maximum (here 1 MiB, beyond UDP's 65535-byte datagram and AF_UNIX's
 * send buffer) is refused with EMSGSIZE, not split. */
#include "sc.h"
#include <stdlib.h>

SC_CASE(socket_dgram_connectionless) = {
	.claim   = "a SOCK_DGRAM socket sends whole messages without a connection, and refuses one over the maximum length with EMSGSIZE",
	.source  = SC_SRC("man:socket(2)", "SOCK_DGRAM: Supports datagrams (connectionless, unreliable messages of a fixed maximum length)"),
	.kinds   = SC_DGRAM,
	.exclude = SC_SOCKETPAIR, /* connected at birth, no address to send to */
	.fixture = SC_FIX_NONE,
	.key     = "big_errno",
};

#define BIG (1 << 20)

SC_TEST(socket_dgram_connectionless)
{
	struct sockaddr_storage ra;
	socklen_t rl;
	int r = sc_bound_socket(P, &ra, &rl), s = sc_kind_socket(P->kind);
	static char msg[100], in[200];
	char *big = malloc(BIG);
	struct sc_res b;

	SC_REQUIRE(big != NULL, "out of memory");
	memset(msg, 'd', sizeof msg);
	memset(big, 'B', BIG);
	SC_EXPECT_RET(sendto(s, msg, sizeof msg, 0, (struct sockaddr *)&ra, rl), sizeof msg);
	sc_wait_fd(r, POLLIN, SC_WAIT_MS, "the datagram");
	SC_EXPECT_RET(recv(r, in, sizeof in, 0), sizeof msg);
	b = SC_CALL(sendto(s, big, BIG, MSG_DONTWAIT, (struct sockaddr *)&ra, rl));
	free(big);
	sc_observe_str("big_errno", b.ret < 0 ? sc_errname(b.err) : "sent");
	SC_EXPECT_ERRNO_RES("sendto() of a 1 MiB datagram", b, EMSGSIZE);
	SC_EXPECT_EQ(sc_poll(r, POLLIN, 0), 0);
}
