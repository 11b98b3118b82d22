/* getpeername(2), NOTES: for datagram sockets, the caller of connect() can
 * use getpeername() to obtain the peer address it set; on the peer socket,
 * which did not connect(), getpeername() returns no useful information
 * (unless a connect() was also made on it): it fails with ENOTCONN. */
#include "sc.h"

SC_CASE(getpeername_dgram) = {
	.claim   = "a datagram socket's getpeername() gives the address it connect()ed to; the socket it connected to has no peer",
	.source  = SC_SRC("man:getpeername(2)", "datagram peer set by connect: The caller of connect(2) can use getpeername() to obtain the peer address that it earlier set for the socket"),
	.kinds   = SC_DGRAM,
	.exclude = SC_SOCKETPAIR, /* connected at birth */
	.fixture = SC_FIX_NONE,
	.key     = "result",
};

static const struct side {
	SC_VARIANT_HEAD;
	int peer;
} sides[] = {
	{ .name = "connecter", .src = SC_SRC("man:getpeername(2)", "datagram peer set by connect: The caller of connect(2) can use getpeername() to obtain the peer address that it earlier set for the socket") },
	{ .name = "peer", .src = SC_SRC("man:getpeername(2)", "datagram peer unaware: calling getpeername() on the peer socket will return no useful information (unless a connect(2) call was also executed on the peer)"), .peer = 1 },
};
SC_VARIANTS(sides);

SC_TEST(getpeername_dgram)
{
	const struct side *V = P->variant;
	struct sockaddr_storage aa, ba, got;
	socklen_t al, bl, gl = sizeof got;
	int a = sc_bound_socket(P, &aa, &al), b = sc_bound_socket(P, &ba, &bl);
	struct sc_res r;

	SC_REQUIRE_OK(connect(a, (struct sockaddr *)&ba, bl));
	/* B hears from A: it knows A's address, but has no peer. */
	SC_REQUIRE_OK(send(a, "x", 1, 0));
	sc_wait_fd(b, POLLIN, SC_WAIT_MS, "A's datagram at B");
	r = SC_CALL(getpeername(V->peer ? b : a, (struct sockaddr *)&got, &gl));
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "address");
	if (V->peer) {
		SC_EXPECT_ERRNO_RES("getpeername() on the socket connected to", r, ENOTCONN);
		return;
	}
	sc_expect_ok(SC_HERE, "getpeername() on the connecting socket", r);
	SC_EXPECT_EQ(gl, bl);
	SC_EXPECT(sc_same_addr(&got, gl, &ba, bl), "getpeername() gave another address than the one connected to");
}
