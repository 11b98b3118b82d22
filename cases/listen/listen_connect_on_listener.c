/* POSIX connect(): [EOPNOTSUPP] "The socket is listening and cannot be
 * connected."  Linux answers EISCONN (TCP) or EINVAL (AF_UNIX) instead. */
#include "sc.h"

SC_CASE(listen_connect_on_listener) = {
	.claim  = "connect() on a listening socket fails with EOPNOTSUPP",
	.source = SC_SRC("posix", "connect(): ERRORS: [EOPNOTSUPP] The socket is listening and cannot be connected"),
	.also   = { SC_SRC("seed", "使用 listen() 函数: listen 函数将 socket 变为被动类型的") },
	.kinds  = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "errno",
};

SC_TEST(listen_connect_on_listener)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	int other;
	struct sc_res r;

	sc_listen(P, 4);
	other = P->l;
	sc_listen(P, 4);
	SC_REQUIRE_OK(getsockname(other, (struct sockaddr *)&ss, &len));
	sc_set_nonblock(P->l, 1);
	r = SC_CALL(connect(P->l, (struct sockaddr *)&ss, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	sc_expect_fail(SC_HERE, "connect(listening socket)", r, (const int[]){ EOPNOTSUPP }, 1);
}
