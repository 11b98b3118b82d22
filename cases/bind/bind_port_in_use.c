/* A port already bound by another socket of the same protocol (a TCP
 * listener, a bound UDP socket) cannot be bound again: EADDRINUSE. */
#include "sc.h"

SC_CASE(bind_port_in_use) = {
	.claim   = "bind() to an address and port already bound by another socket (TCP listener, UDP socket) fails with EADDRINUSE",
	.source  = SC_SRC("posix", "bind(): ERRORS: [EADDRINUSE] The specified address is already in use"),
	.also    = { SC_SRC("man:bind(2)", "EADDRINUSE (1): The given address is already in use") },
	.kinds   = SC_IP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(bind_port_in_use)
{
	int fd;
	struct sc_res r;

	if (P->kind->caps & SC_LISTENER) {
		sc_listen(P, 1);
	} else {
		P->l = sc_bound_socket(P, &P->addr, &P->addrlen);
	}
	sc_observe_int("port", sc_port(P->l));
	fd = sc_kind_socket(P->kind);
	r = SC_CALL(bind(fd, (struct sockaddr *)&P->addr, P->addrlen));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "none");
	sc_expect_fail(SC_HERE, "bind(second socket, same address)", r,
		       (const int[]){ EADDRINUSE }, 1);
}
