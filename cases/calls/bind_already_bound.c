/* bind(2): EINVAL, "the socket is already bound to an address": a second
 * bind() of a bound socket, to another fresh address, fails. */
#include "sc.h"

SC_CASE(bind_already_bound) = {
	.claim   = "bind() on a socket that is already bound fails with EINVAL",
	.source  = SC_SRC("man:bind(2)", "EINVAL (1): The socket is already bound to an address"),
	.kinds   = SC_ALL,
	.exclude = SC_SOCKETPAIR,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(bind_already_bound)
{
	struct sockaddr_storage first, second;
	socklen_t flen, slen;
	int fd = sc_bound_socket(P, &first, &flen);
	struct sc_res r;

	sc_local_addr(P, &second, &slen);
	r = SC_CALL(bind(fd, (struct sockaddr *)&second, slen));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "bound again");
	SC_EXPECT_ERRNO_RES("bind() of a bound socket", r, EINVAL);
}
