/* listen(2): the backlog argument defines the maximum length to which the
 * queue of pending connections may grow.  The kernel keeps that maximum
 * for the listener and reports it: TCP_INFO's tcpi_sacked of a TCP
 * listener, unix_diag's queue limit (UDIAG_SHOW_RQLEN) of an AF_UNIX one.
 * It must be the backlog given, for each backlog below somaxconn.  (How
 * many connections the queue then holds is listen_backlog_capacity.) */
#include "sc.h"
#include "unix_diag.h"

SC_CASE(listen_backlog_queue_limit) = {
	.claim   = "listen() gives the listener's queue the maximum length backlog, as the kernel reports it",
	.source  = SC_SRC("man:listen(2)", "backlog: The backlog argument defines the maximum length to which the queue of pending connections for sockfd may grow"),
	.kinds   = SC_TCP | SC_UNIX,
	.require = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "queue_max",
};

static const struct backlog {
	SC_VARIANT_HEAD;
	int backlog;
} backlogs[] = {
	{ .name = "backlog1", .backlog = 1 },
	{ .name = "backlog5", .backlog = 5 },
	{ .name = "backlog16", .backlog = 16 },
};
SC_VARIANTS(backlogs);

SC_TEST(listen_backlog_queue_limit)
{
	const struct backlog *V = P->variant;
	long max;

	if (sc_sysctl("net/core/somaxconn", 0) < V->backlog)
		sc_unsupported("net.core.somaxconn is below %d: the cap applies (listen_backlog_somaxconn)", V->backlog);
	sc_listen(P, V->backlog);
	max = P->kind->domain == AF_UNIX ? sc_unix_queue_max(P->l) : sc_queue_max(P->l);
	if (max < 0)
		sc_unsupported("the kernel reports no queue limit for a %s listener (%s)", P->kind->name,
			       P->kind->domain == AF_UNIX ? "no unix_diag" : "no TCP_INFO");
	sc_observe_int("backlog", V->backlog);
	sc_observe_int("queue_max", max);
	SC_EXPECT_EQ(max, V->backlog);
}
