/* listen(2): "The backlog argument defines the maximum length to which the
 * queue of pending connections for sockfd may grow."  With nobody calling
 * accept(), a listener with backlog N queues at most N connections.  The
 * capacities for N = 0, 1, 4, 16 are recorded. */
#include "sc.h"
#include "listen_util.h"
#include <stdio.h>

SC_CASE(listen_backlog_capacity) = {
	.claim  = "the accept queue of a listener holds at most backlog connections",
	.source = SC_SRC("man:listen(2)", "backlog: the backlog argument defines the maximum length to which the queue of pending connections may grow"),
	.also   = SC_SRC("seed", "使用 listen() 函数: backlog 为请求队列的最大长度"),
	.kinds  = SC_CONNECTED,
	.fixture = SC_FIX_NONE,
	.key    = "capacity_backlog_1",
};

SC_TEST(listen_backlog_capacity)
{
	static const int backlogs[] = { 0, 1, 4, 16 };
	long cap[4];

	for (int i = 0; i < 4; i++) {
		int over, err;
		char name[32];

		sc_listen(P, backlogs[i]);
		cap[i] = lu_fill_queue(P, 2L * backlogs[i] + 4, &over, &err);
		snprintf(name, sizeof name, "capacity_backlog_%d", backlogs[i]);
		sc_observe_int(name, cap[i]);
		SC_EXPECT(over >= 0, "listen(%d) turned no connection away after %ld", backlogs[i], cap[i]);
		sc_close(&P->l);
	}
	for (int i = 0; i < 4; i++)
		SC_EXPECT(cap[i] <= backlogs[i],
			  "listen(%d) queued %ld connections", backlogs[i], cap[i]);
}
