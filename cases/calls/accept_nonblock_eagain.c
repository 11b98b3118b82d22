/* accept(2): on a non-blocking listener with no connection waiting,
 * accept() fails at once with EAGAIN or EWOULDBLOCK (POSIX allows either;
 * on Linux they are one value). */
#include "sc.h"

SC_CASE(accept_nonblock_eagain) = {
	.claim   = "accept() on a non-blocking listener with an empty queue fails with EAGAIN or EWOULDBLOCK",
	.source  = SC_SRC("man:accept(2)", "EAGAIN: The socket is marked nonblocking and no connections are present to be accepted"),
	.also    = { SC_SRC("man:accept(2)", "EWOULDBLOCK: The socket is marked nonblocking and no connections are present to be accepted") },
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(accept_nonblock_eagain)
{
	struct sc_res r;

	sc_listen(P, 4);
	sc_set_nonblock(P->l, 1);
	r = SC_CALL(accept4(P->l, NULL, NULL, SOCK_CLOEXEC));
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "accepted");
	SC_EXPECT_ERRNO_RES("accept() on an empty non-blocking listener", r, EAGAIN, EWOULDBLOCK);
	/* A connection makes the next accept() succeed: the error meant "none yet". */
	P->a = sc_connect(P);
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
	sc_track(SC_EXPECT_OK(accept4(P->l, NULL, NULL, SOCK_CLOEXEC)));
}
