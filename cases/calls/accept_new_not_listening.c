/* accept(2): the socket accept() creates is connected, not listening:
 * SO_ACCEPTCONN reads 0 on it, and accept() on it fails with EINVAL as on
 * any socket that is not listening, while the listener still accepts. */
#include "sc.h"

SC_CASE(accept_new_not_listening) = {
	.claim   = "the socket accept() returns is not in the listening state",
	.source  = SC_SRC("man:accept(2)", "not listening: The newly created socket is not in the listening state"),
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "acceptconn",
};

SC_TEST(accept_new_not_listening)
{
	struct sc_res r;
	int s;

	sc_listen(P, 4);
	P->a = sc_connect(P);
	s = sc_accept(P, SC_WAIT_MS);
	sc_observe_int("acceptconn", sc_sockopt_int(s, SO_ACCEPTCONN));
	SC_EXPECT_EQ(sc_sockopt_int(s, SO_ACCEPTCONN), 0);
	SC_EXPECT_EQ(sc_sockopt_int(P->l, SO_ACCEPTCONN), 1);
	sc_set_nonblock(s, 1);
	r = SC_CALL(accept4(s, NULL, NULL, SOCK_CLOEXEC));
	sc_track((int)r.ret);
	sc_observe_str("accept_on_new", r.ret < 0 ? sc_errname(r.err) : "accepted");
	SC_EXPECT_ERRNO_RES("accept() on the accepted socket", r, EINVAL);
	if (P->kind->caps & SC_TCP)
		SC_EXPECT_EQ(sc_tcp_state(s), TCP_ESTABLISHED);
}
