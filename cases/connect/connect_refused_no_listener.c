/* connect(2): ECONNREFUSED when connect() on a stream socket finds no one
 * listening on the remote address.  The target is a socket bound to a
 * loopback port (or path) that never called listen(), so nothing else can
 * take the address meanwhile. */
#include "sc.h"

SC_CASE(connect_refused_no_listener) = {
	.claim  = "connect() to an address where no one listens fails with ECONNREFUSED",
	.source = SC_SRC("man:connect(2)", "ECONNREFUSED: A connect() on a stream socket found no one listening on the remote address"),
	.also   = { SC_SRC("posix", "connect(): [ECONNREFUSED] The target address was not listening for connections or refused the connection request") },
	.kinds  = SC_LISTENER,
	.fixture = SC_FIX_NONE,
};

SC_TEST(connect_refused_no_listener)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int fd;

	sc_bound_socket(P, &ss, &len);
	fd = sc_kind_socket(P->kind);
	SC_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&ss, len), ECONNREFUSED);
}
