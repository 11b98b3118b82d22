/* POSIX listen(): the backlog argument is a hint the implementation shall
 * use to limit the number of outstanding connections in the listen queue.
 * The limit is finite and a larger backlog does not give a smaller one. */
#include "sc.h"

SC_CASE(listen_backlog_limits_queue) = {
	.claim  = "backlog limits the number of outstanding connections in the listen queue; the limit grows with backlog",
	.source = SC_SRC("posix", "listen(): the backlog argument provides a hint ... to limit the number of outstanding connections in the socket's listen queue"),
	.kinds  = SC_TCP | SC_UNIX, /* the kinds whose accept queue can be counted */
	.require = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "capacity_backlog_16",
};

SC_TEST(listen_backlog_limits_queue)
{
	long small, big;
	int over, err;

	sc_listen(P, 1);
	small = sc_fill_queue(P, 64, &over, &err);
	sc_observe_int("capacity_backlog_1", small);
	SC_EXPECT(over >= 0, "backlog 1: all %ld connections were queued", small);
	sc_close(&P->l);

	sc_listen(P, 16);
	big = sc_fill_queue(P, 256, &over, &err);
	sc_observe_int("capacity_backlog_16", big);
	SC_EXPECT(over >= 0, "backlog 16: all %ld connections were queued", big);
	SC_EXPECT_CMP(big, >, small);
}
