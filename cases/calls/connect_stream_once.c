/* connect(2): a connection-mode socket connects once.  Once connected,
 * connect() again fails with EISCONN, whether to the same listener or to
 * another one, and the first connection stays as it was.  The connection
 * is made by a blocking connect(), or (variant nonblocking) by a
 * non-blocking one whose completion poll() and SO_ERROR reported. */
#include "sc.h"

SC_CASE(connect_stream_once) = {
	.claim   = "a connected stream or seqpacket socket cannot connect() again: EISCONN, to the same address or another",
	.source  = SC_SRC("man:connect(2)", "EISCONN: The socket is already connected"),
	.kinds   = SC_CONNECTED,
	.require = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct target {
	SC_VARIANT_HEAD;
	int other, nonblocking;
} targets[] = {
	{ .name = "same", .src = SC_SRC("man:connect(2)", "EISCONN: The socket is already connected") },
	{ .name = "other", .src = SC_SRC("man:connect(2)", "connect once: Some protocol sockets (e.g., UNIX domain stream sockets) may successfully connect() only once"), .other = 1 },
	{ .name = "nonblocking", .src = SC_SRC("man:connect(2)", "EISCONN: The socket is already connected"), .nonblocking = 1 },
};
SC_VARIANTS(targets);

SC_TEST(connect_stream_once)
{
	const struct target *V = P->variant;
	struct sockaddr_storage first, ss, peer;
	socklen_t flen, len, plen = sizeof peer;
	struct sc_res r;

	sc_listen(P, 4);
	first = P->addr;
	flen = P->addrlen;
	if (V->nonblocking) {
		P->a = sc_connect(P);   /* non-blocking, completion awaited */
	} else {
		P->a = sc_kind_socket(P->kind);
		SC_REQUIRE_OK(connect(P->a, (struct sockaddr *)&first, flen));
	}
	ss = first;
	len = flen;
	if (V->other) {
		sc_listen(P, 4);   /* a second listener; P->addr is its address */
		ss = P->addr;
		len = P->addrlen;
	}
	r = SC_CALL(connect(P->a, (struct sockaddr *)&ss, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	if (r.ret == 0) {
		struct sc_res again = SC_CALL(connect(P->a, (struct sockaddr *)&ss, len));

		sc_observe_str("errno_next", again.ret < 0 ? sc_errname(again.err) : "succeeded");
	}
	SC_EXPECT_OK(getpeername(P->a, (struct sockaddr *)&peer, &plen));
	SC_EXPECT(sc_same_addr(&peer, plen, &first, flen), "the socket's peer changed");
	SC_EXPECT_ERRNO_RES("connect() of a connected socket", r, EISCONN);
}
