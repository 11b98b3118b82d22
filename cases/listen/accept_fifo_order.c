/* The tutorial: connection requests wait in the request queue in the order
 * they came and are taken from it in that order.  Clients connect one after
 * another (each queued before the next starts); accept() hands them out in
 * the same order, told apart by their addresses. */
#include "sc.h"
#include <stdio.h>

#define CLIENTS 4

SC_CASE(accept_fifo_order) = {
	.claim   = "accept() takes queued connections in the order they arrived",
	.source  = SC_SRC("seed", "使用 listen() 函数: 如果不断有新的请求进来，它们就按照西安候顺序再缓冲区中排队，直到缓冲区满"),
	.also    = { SC_SRC("man:accept(2)", "first request: It extracts the first connection request on the queue of pending connections for the listening socket") },
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "order",
};

SC_TEST(accept_fifo_order)
{
	struct sockaddr_storage sent[CLIENTS], got;
	socklen_t slen[CLIENTS], glen;
	char order[64] = "";
	int which[CLIENTS];

	sc_listen(P, CLIENTS);
	for (int i = 0; i < CLIENTS; i++) {
		int c = sc_kind_socket(P->kind);

		/* AF_UNIX clients are named so accept() can tell them apart. */
		if (P->kind->caps & SC_UNIX)
			sc_bind_local(P, c, &sent[i], &slen[i]);
		SC_REQUIRE_OK(connect(c, (struct sockaddr *)&P->addr, P->addrlen));
		slen[i] = sizeof sent[i];
		SC_REQUIRE_OK(getsockname(c, (struct sockaddr *)&sent[i], &slen[i]));
		if (P->kind->caps & SC_TCP)
			SC_WAIT_UNTIL(sc_queue_len(P->l) > i, SC_WAIT_MS, "the connection to be queued");
	}
	for (int i = 0; i < CLIENTS; i++) {
		int s;

		sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "a queued connection");
		glen = sizeof got;
		s = sc_track(accept(P->l, (struct sockaddr *)&got, &glen));
		SC_REQUIRE(s >= 0, "accept() failed: %s", sc_errname(errno));
		which[i] = -1;
		for (int j = 0; j < CLIENTS; j++)
			if (sc_same_addr(&got, glen, &sent[j], slen[j]))
				which[i] = j;
		snprintf(order + strlen(order), sizeof order - strlen(order), "%s%d", i ? "," : "", which[i]);
	}
	sc_observe_str("order", order);
	for (int i = 0; i < CLIENTS; i++)
		SC_EXPECT(which[i] == i, "accept() #%d returned client %d (order %s)", i, which[i], order);
}
