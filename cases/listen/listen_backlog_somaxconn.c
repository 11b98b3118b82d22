/* listen(2): a backlog greater than /proc/sys/net/core/somaxconn is
 * silently truncated to that value; the tutorial says a backlog of
 * SOMAXCONN lets the system choose a large queue length.  listen(SOMAXCONN)
 * gets the limit min(SOMAXCONN, net.core.somaxconn) (a TCP listener with
 * backlog somaxconn + 1 gets somaxconn), and the queue, filled for real,
 * holds that many (the one extra Linux admits is the subject of
 * listen_backlog_capacity). */
#include "sc.h"
#include <sys/resource.h>

SC_CASE(listen_backlog_somaxconn) = {
	.claim  = "a backlog of SOMAXCONN is truncated to net.core.somaxconn, and the queue holds that many connections",
	.source = SC_SRC("man:listen(2)", "somaxconn cap: if the backlog argument is greater than the value in /proc/sys/net/core/somaxconn, then it is silently capped to that value"),
	.also   = { SC_SRC("seed", "使用 listen() 函数: 如果将 backlog 的值设置为 SOMAXCONN，就由系统来决定请求队列长度") },
	.kinds  = SC_TCP | SC_UNIX, /* the kinds whose accept queue can be counted */
	.require = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "capacity_somaxconn",
	.timeout = 30,
	/* Thousands of MPTCP connections fill the kernel's token table (a
	 * few slots per megabyte of memory): an MPTCP connection beside them
	 * finds no token and falls back to TCP. */
	.alone  = 1,
};

SC_TEST(listen_backlog_somaxconn)
{
	long somax = sc_sysctl_or_unsupported("net/core/somaxconn", 0);
	long limit = somax < SOMAXCONN ? somax : SOMAXCONN;
	long cap, ports = 0;
	int over, err;

	sc_observe_int("SOMAXCONN", SOMAXCONN);
	sc_observe_int("effective_limit", limit);
	sc_listen(P, SOMAXCONN);
	if (P->kind->caps & SC_TCP) {
		sc_observe_int("tcpi_sacked", sc_queue_max(P->l));
		SC_EXPECT_EQ(sc_queue_max(P->l), limit);
		ports = sc_sysctl("net/ipv4/ip_local_port_range", 1) -
			sc_sysctl("net/ipv4/ip_local_port_range", 0) + 1;
		/* SOMAXCONN may not exceed the sysctl: truncate for sure too. */
		if (somax < 0x7fffffff) {
			struct sockaddr_storage ss;
			socklen_t sl;
			int big = sc_bound_socket(P, &ss, &sl);

			SC_REQUIRE_OK(listen(big, (int)somax + 1));
			SC_EXPECT_EQ(sc_queue_max(big), somax);
			sc_close(&big);
		}
	}
	/* Each queued connection needs a client descriptor (the soft
	 * RLIMIT_NOFILE is raised towards the hard one) and, on TCP, an
	 * ephemeral port; leave half the port range to parallel cases. */
	sc_fd_budget(limit + 8);
	if (ports && limit + 8 > ports / 2)
		sc_unsupported("filling a queue of %ld needs as many ephemeral ports; half the range (%ld) is the most a case may take",
			       limit, ports / 2);
	cap = sc_fill_queue(P, limit + 4, &over, &err);
	sc_observe_int("capacity_somaxconn", cap);
	SC_EXPECT(over >= 0, "all %ld connections were queued", cap);
	SC_EXPECT_CMP(cap, >=, limit);
	SC_EXPECT_CMP(cap, <=, limit + 1);
}
