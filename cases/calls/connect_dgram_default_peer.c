/* connect(2): for a datagram socket, the address it connect()s to is
 * where datagrams are sent by default and the only address from which
 * datagrams are received.  A sends without an address and B receives it;
 * a third socket C sends to A, and A receives nothing from it (the send
 * may also be refused), while B's datagram to A arrives. */
#include "sc.h"
#include "addr_text.h"

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
	struct sockaddr_storage aa, ba, ca, src, aname;
	socklen_t al, bl, cl, sl = sizeof src, nl = sizeof aname;
	int a = sc_bound_socket(P, &aa, &al), b = sc_bound_socket(P, &ba, &bl);
	int c = sc_bound_socket(P, &ca, &cl);
	char buf[16];
	struct sc_res r;

	SC_REQUIRE_OK(connect(a, (struct sockaddr *)&ba, bl));
	SC_EXPECT_RET(send(a, "to-b", 4, 0), 4);
	sc_wait_fd(b, POLLIN, SC_WAIT_MS, "A's datagram at B");
	SC_EXPECT_RET(recvfrom(b, buf, sizeof buf, 0, (struct sockaddr *)&src, &sl), 4);
	/* A's own name as getsockname() gives it (TIPC: its port, not the
	 * service name it is bound to). */
	SC_REQUIRE_OK(getsockname(a, (struct sockaddr *)&aname, &nl));
	sc_observe_addr("source", &src, sl);
	SC_EXPECT(sc_same_addr(&src, sl, &aname, nl), "B's datagram came from another address than A's");
	r = SC_CALL(sendto(c, "from-c", 6, 0, (struct sockaddr *)&aa, al));
	sc_observe_str("send_from_other", r.ret < 0 ? sc_errname(r.err) : "sent");
	SC_EXPECT_RET(sendto(b, "from-b", 6, 0, (struct sockaddr *)&aa, al), 6);
	sc_wait_fd(a, POLLIN, SC_WAIT_MS, "B's datagram at A");
	SC_EXPECT_RET(recv(a, buf, sizeof buf, MSG_DONTWAIT), 6);
	sc_observe_str("first_read", !memcmp(buf, "from-b", 6) ? "from-b" : !memcmp(buf, "from-c", 6) ? "from-c" : "other");
	SC_EXPECT(!memcmp(buf, "from-b", 6), "A first read \"%.6s\", not B's datagram", buf);
	r = SC_CALL(recv(a, buf, sizeof buf, MSG_DONTWAIT));
	sc_observe_str("from_other", r.ret < 0 ? "none" : "received");
	SC_EXPECT_ERRNO_RES("a further read at A (C's datagram)", r, EAGAIN, EWOULDBLOCK);
}
