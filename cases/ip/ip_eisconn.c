/* ip(7): EISCONN: connect() was called on an already connected socket.
 * For connection-oriented sockets (a datagram socket may connect again:
 * connect(2)).  The socket got connected by a blocking connect(), or by a
 * nonblocking one that completed (poll reported it writable and
 * getpeername names the peer). */
#include "sc.h"

SC_CASE(ip_eisconn) = {
	.claim   = "connect() on a connected socket fails with EISCONN",
	.source  = SC_SRC("man:ip(7)", "EISCONN: connect(2) was called on an already connected socket."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 sockets */
	/* connection-oriented kinds; a one-to-many SCTP socket holds
	 * associations and is never connected itself */
	.exclude = SC_DGRAM | SC_SEQPACKET,
	.fixture = SC_FIX_NONE,
	.key     = "connect_again",
};

static const struct how {
	SC_VARIANT_HEAD;
	int nonblocking;
} hows[] = {
	{ .name = "blocking", .nonblocking = 0 },
	{ .name = "nonblocking", .nonblocking = 1 },
};
SC_VARIANTS(hows);

SC_TEST(ip_eisconn)
{
	const struct how *V = P->variant;
	struct sockaddr_storage peer;
	socklen_t len = sizeof peer;
	struct sc_res r;
	int fd;

	sc_listen(P, 1);
	fd = sc_kind_socket(P->kind);
	if (V->nonblocking) {
		sc_set_nonblock(fd, 1);
		r = SC_CALL(connect(fd, (struct sockaddr *)&P->addr, P->addrlen));
		SC_REQUIRE(r.ret == 0 || r.err == EINPROGRESS, "connect() failed: %s", sc_errname(r.err));
		sc_wait_fd(fd, POLLOUT, SC_WAIT_MS, "the connection to complete");
	} else {
		SC_REQUIRE_OK(connect(fd, (struct sockaddr *)&P->addr, P->addrlen));
	}
	SC_REQUIRE_OK(getpeername(fd, (struct sockaddr *)&peer, &len));
	r = SC_CALL(connect(fd, (struct sockaddr *)&P->addr, P->addrlen));
	sc_observe_str("connect_again", r.ret < 0 ? sc_errname(r.err) : "0");
	SC_EXPECT_ERRNO_RES("connect() on the connected socket", r, EISCONN);
}
