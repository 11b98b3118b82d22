/* connect(2): EALREADY, "the socket is nonblocking and a previous
 * connection attempt has not yet been completed".  A non-blocking connect
 * to a listener whose queue is full stays in progress (its SYN dropped);
 * connect() again fails with EALREADY. */
#include "sc.h"

SC_CASE(connect_ealready) = {
	.claim   = "a second connect() while a non-blocking connection attempt is in progress fails with EALREADY",
	.source  = SC_SRC("man:connect(2)", "EALREADY: The socket is nonblocking and a previous connection attempt has not yet been completed"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(connect_ealready)
{
	int over, err;
	struct sc_res r;

	sc_listen(P, 0);
	sc_observe_int("queued", sc_fill_queue(P, 8, &over, &err));
	SC_REQUIRE(over >= 0, "the listener's queue never filled");
	SC_REQUIRE(sc_tcp_state(over) == TCP_SYN_SENT, "the last connect is %s, not in progress",
		   sc_tcp_state_name(sc_tcp_state(over)));
	r = SC_CALL(connect(over, (struct sockaddr *)&P->addr, P->addrlen));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	SC_EXPECT_ERRNO_RES("connect() again while in progress", r, EALREADY);
}
