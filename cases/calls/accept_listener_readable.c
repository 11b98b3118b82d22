/* accept(2): a readable event is delivered on the listener when a new
 * connection is attempted: poll() reports POLLIN on a listener only once
 * a connection waits, and accept() then takes it without blocking. */
#include "sc.h"

SC_CASE(accept_listener_readable) = {
	.claim   = "a listener becomes readable (POLLIN) when a connection arrives, and not before",
	.source  = SC_SRC("man:accept(2)", "readable event: A readable event will be delivered when a new connection is attempted"),
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "revents",
};

SC_TEST(accept_listener_readable)
{
	short ev;

	sc_listen(P, 4);
	SC_EXPECT_EQ(sc_poll(P->l, POLLIN, 0), 0);
	P->a = sc_connect(P);
	ev = sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the listener to become readable");
	sc_observe_int("revents", ev);
	SC_EXPECT(ev & POLLIN, "revents 0x%x", ev);
	sc_set_nonblock(P->l, 1);
	sc_track(SC_EXPECT_OK(accept4(P->l, NULL, NULL, SOCK_CLOEXEC)));
	SC_EXPECT_EQ(sc_poll(P->l, POLLIN, 0), 0);
}
