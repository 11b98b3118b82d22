/* connect(2): connectionless sockets may use connect() multiple times to
 * change their association.  A connects to B, then to C: its datagrams
 * now go to C, and it receives C's datagrams and no longer B's. */
#include "sc.h"
#include "dgram_peer.h"

SC_CASE(connect_dgram_reconnect) = {
	.claim   = "a datagram socket connect()ed again is associated with the new peer: sends go there and only it is heard",
	.source  = SC_SRC("man:connect(2)", "connect again: Connectionless sockets may use connect() multiple times to change their association"),
	.kinds   = SC_DGRAM,
	.exclude = SC_SOCKETPAIR, /* nothing else can address them */
	.fixture = SC_FIX_NONE,
	.key     = "from_old_peer",
};

SC_TEST(connect_dgram_reconnect)
{
	struct sockaddr_storage aa, ba, ca;
	socklen_t al, bl, cl;
	int a = sc_bound_socket(P, &aa, &al), b = sc_bound_socket(P, &ba, &bl);
	int c = sc_bound_socket(P, &ca, &cl);

	SC_REQUIRE_OK(connect(a, (struct sockaddr *)&ba, bl));
	SC_EXPECT_OK(connect(a, (struct sockaddr *)&ca, cl));
	sc_dgram_sent_to_peer(a, c, 'C');
	SC_EXPECT_EQ(sc_poll(b, POLLIN, 0), 0);
	sc_dgram_heard_only(a, &aa, al, c, 'C', b, 'B', "old_peer");
}
