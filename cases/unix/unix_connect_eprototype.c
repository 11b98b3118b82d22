/* unix(7) EPROTOTYPE: connecting to a socket of another type (a stream
 * socket to a datagram socket, and so on) fails with EPROTOTYPE. */
#include "sc.h"

SC_CASE(unix_connect_eprototype) = {
	.claim   = "connect() to an AF_UNIX socket of another type fails with EPROTOTYPE",
	.source  = SC_SRC("man:unix(7)", "EPROTOTYPE: Remote socket does not match the local socket type (SOCK_DGRAM versus SOCK_STREAM)"),
	.kinds   = SC_UNIX,
	.exclude = SC_SOCKETPAIR, /* needs addresses */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(unix_connect_eprototype)
{
	int other = P->kind->type == SOCK_DGRAM ? SOCK_STREAM : SOCK_DGRAM;
	int t = sc_socket(AF_UNIX, other, 0);
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r;

	sc_bind_local(P, t, &ss, &len);
	if (other == SOCK_STREAM)
		SC_REQUIRE_OK(listen(t, 4));
	r = SC_CALL(connect(sc_kind_socket(P->kind), (struct sockaddr *)&ss, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	sc_expect_fail(SC_HERE, other == SOCK_STREAM ? "connect(to a stream listener)" : "connect(to a datagram socket)",
		       r, (const int[]){ EPROTOTYPE }, 1);
}
