/* connect(2): connectionless sockets may use connect() multiple times to
 * change their association.  A connects to B, then to C: its datagrams
 * now go to C, and it receives C's datagrams and no longer B's. */
#include "sc.h"
#include "addr_text.h"

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
	struct sockaddr_storage aa, ba, ca, src, aname;
	socklen_t al, bl, cl, sl = sizeof src, nl = sizeof aname;
	int a = sc_bound_socket(P, &aa, &al), b = sc_bound_socket(P, &ba, &bl);
	int c = sc_bound_socket(P, &ca, &cl);
	char buf[16];
	struct sc_res r;

	SC_REQUIRE_OK(connect(a, (struct sockaddr *)&ba, bl));
	SC_EXPECT_OK(connect(a, (struct sockaddr *)&ca, cl));
	SC_EXPECT_RET(send(a, "to-c", 4, 0), 4);
	sc_wait_fd(c, POLLIN, SC_WAIT_MS, "A's datagram at C");
	SC_EXPECT_RET(recvfrom(c, buf, sizeof buf, 0, (struct sockaddr *)&src, &sl), 4);
	/* A's own name as getsockname() gives it (TIPC: its port, not the
	 * service name it is bound to). */
	SC_REQUIRE_OK(getsockname(a, (struct sockaddr *)&aname, &nl));
	sc_observe_addr("source", &src, sl);
	SC_EXPECT(sc_same_addr(&src, sl, &aname, nl), "C's datagram came from another address than A's");
	SC_EXPECT_EQ(sc_poll(b, POLLIN, 0), 0);
	r = SC_CALL(sendto(b, "from-b", 6, 0, (struct sockaddr *)&aa, al));
	sc_observe_str("send_from_old_peer", r.ret < 0 ? sc_errname(r.err) : "sent");
	SC_EXPECT_RET(sendto(c, "from-c", 6, 0, (struct sockaddr *)&aa, al), 6);
	sc_wait_fd(a, POLLIN, SC_WAIT_MS, "C's datagram at A");
	SC_EXPECT_RET(recv(a, buf, sizeof buf, MSG_DONTWAIT), 6);
	sc_observe_str("first_read", !memcmp(buf, "from-c", 6) ? "from-c" : !memcmp(buf, "from-b", 6) ? "from-b" : "other");
	SC_EXPECT(!memcmp(buf, "from-c", 6), "A first read \"%.6s\", not C's datagram", buf);
	r = SC_CALL(recv(a, buf, sizeof buf, MSG_DONTWAIT));
	sc_observe_str("from_old_peer", r.ret < 0 ? "none" : "received");
	SC_EXPECT_ERRNO_RES("a further read at A (B's datagram)", r, EAGAIN, EWOULDBLOCK);
}
