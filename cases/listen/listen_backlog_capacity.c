/* listen(2): the backlog is the maximum length of the queue of pending
 * connections.  Each variant listens with one backlog and fills the queue
 * for real, counting the connections it takes before one is turned away
 * (a TCP SYN dropped, an AF_UNIX connect refused). */
#include "sc.h"

SC_CASE(listen_backlog_capacity) = {
	.claim  = "the accept queue of a listener holds at most backlog connections",
	.source = SC_SRC("man:listen(2)", "backlog: the backlog argument defines the maximum length to which the queue of pending connections may grow"),
	.also   = { SC_SRC("seed", "使用 listen() 函数: backlog 为请求队列的最大长度") },
	.kinds  = SC_TCP | SC_UNIX, /* the kinds whose accept queue can be counted */
	.require = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "capacity",
};

static const struct backlog {
	SC_VARIANT_HEAD;
	int backlog;
} backlogs[] = {
	{ .name = "backlog0", .backlog = 0 },
	{ .name = "backlog1", .backlog = 1 },
	{ .name = "backlog4", .backlog = 4 },
	{ .name = "backlog16", .backlog = 16 },
};
SC_VARIANTS(backlogs);

SC_TEST(listen_backlog_capacity)
{
	const struct backlog *V = P->variant;
	int over, err;
	long cap;

	sc_observe_int("backlog", V->backlog);
	sc_listen(P, V->backlog);
	cap = sc_fill_queue(P, 2L * V->backlog + 4, &over, &err);
	sc_observe_int("capacity", cap);
	SC_EXPECT_CMP(cap, <=, V->backlog);
}
