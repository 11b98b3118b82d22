/* accept(2): EINVAL, "socket is not listening for connections": accept()
 * on a connection-mode socket that is bound but never listened fails. */
#include "sc.h"

SC_CASE(accept_not_listening) = {
	.claim   = "accept() on a bound socket that is not listening fails with EINVAL",
	.source  = SC_SRC("man:accept(2)", "EINVAL (1): Socket is not listening for connections"),
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(accept_not_listening)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int fd = sc_bound_socket(P, &ss, &len);
	struct sc_res r;

	sc_set_nonblock(fd, 1);
	r = SC_CALL(accept4(fd, NULL, NULL, SOCK_CLOEXEC));
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "accepted");
	SC_EXPECT_ERRNO_RES("accept() on a socket not listening", r, EINVAL);
}
