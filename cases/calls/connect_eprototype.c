/* connect(2): EPROTOTYPE, "the socket type does not support the requested
 * communications protocol", for example connecting a UNIX domain datagram
 * socket to a stream socket.  Each AF_UNIX kind connects to a socket of
 * another type bound at an address of its own kind. */
#include "sc.h"

SC_CASE(connect_eprototype) = {
	.claim   = "connect() of an AF_UNIX socket to a socket of another type fails with EPROTOTYPE",
	.source  = SC_SRC("man:connect(2)", "EPROTOTYPE: The socket type does not support the requested communications protocol. This error can occur, for example, on an attempt to connect a UNIX domain datagram socket to a stream socket"),
	.kinds   = SC_UNIX,
	.exclude = SC_SOCKETPAIR,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(connect_eprototype)
{
	int type = P->kind->type == SOCK_STREAM ? SOCK_DGRAM : SOCK_STREAM;
	int other = sc_socket(AF_UNIX, type | SOCK_CLOEXEC, 0);
	int fd = sc_kind_socket(P->kind);
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r;

	sc_local_addr(P, &ss, &len);
	SC_REQUIRE_OK(bind(other, (struct sockaddr *)&ss, len));
	if (type == SOCK_STREAM)
		SC_REQUIRE_OK(listen(other, 4));
	sc_observe_int("other_type", type);
	r = SC_CALL(connect(fd, (struct sockaddr *)&ss, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	SC_EXPECT_ERRNO_RES("connect() to a socket of another type", r, EPROTOTYPE);
}
