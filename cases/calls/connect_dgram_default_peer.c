/* connect(2): for a datagram socket, the address it connect()s to is
 * where datagrams are sent by default and the only address from which
 * datagrams are received.  A sends without an address and B receives it;
 * a third socket C sends to A, and A receives nothing from it (the send
 * may also be refused), while B's datagram to A arrives. */
#include "sc.h"
#include "dgram_peer.h"

SC_CASE(connect_dgram_default_peer) = {
	.claim   = "a connected datagram socket sends to its peer by default and receives only from it",
	.source  = SC_SRC("man:connect(2)", "datagram peer: then addr is the address to which datagrams are sent by default, and the only address from which datagrams are received"),
	.kinds   = SC_DGRAM,
	.exclude = SC_SOCKETPAIR, /* nothing else can address them */
	.fixture = SC_FIX_NONE,
	.key     = "from_other",
};

SC_TEST(connect_dgram_default_peer)
{
	struct sockaddr_storage aa, ba, ca;
	socklen_t al, bl, cl;
	int a = sc_bound_socket(P, &aa, &al), b = sc_bound_socket(P, &ba, &bl);
	int c = sc_bound_socket(P, &ca, &cl);

	SC_REQUIRE_OK(connect(a, (struct sockaddr *)&ba, bl));
	sc_dgram_sent_to_peer(a, b, 'B');
	sc_dgram_heard_only(a, &aa, al, b, 'B', c, 'C', "other");
}
