/* tcp(7): tcp_syn_retries is the maximum number of times the initial SYN
 * of an active connection attempt is retransmitted.  The attempt goes to a
 * listener whose accept queue is full, which drops SYNs: the client
 * retransmits its SYN tcp_syn_retries times, then connect() fails. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_syn_retries_limit) = {
	.claim   = "an unanswered SYN is retransmitted tcp_syn_retries times, then the connection attempt fails with ETIMEDOUT",
	.source  = SC_SRC("man:tcp(7)", "tcp_syn_retries: The maximum number of times initial SYNs for an active TCP connection attempt will be retransmitted"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "syn_retransmits",
	.timeout = 12,      /* SYN timers: 1 s, then 1 s (linear) or 2 s */
};

#define RETRIES 1

SC_TEST(tcp_syn_retries_limit)
{
	struct sc_tcpinfo ti;
	int over, err, so = 0;
	socklen_t sl = sizeof so;
	long long t0;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_syn_retries", RETRIES);
	sc_listen(P, 0);
	t0 = sc_now_us();
	sc_fill_queue(P, 4, &over, &err);
	SC_REQUIRE(over >= 0, "every connection fitted in the accept queue");
	sc_wait_fd(over, POLLOUT, 8000, "the connection attempt to fail");
	sc_observe_int("failed_after_ms", (sc_now_us() - t0) / 1000);
	SC_REQUIRE_OK(getsockopt(over, SOL_SOCKET, SO_ERROR, &so, &sl));
	sc_observe_str("so_error", so ? sc_errname(so) : "0");
	ti = sc_tcpinfo(over);
	SC_TCPI_NEED(ti, total_retrans);
	sc_observe_int("syn_retransmits", ti.total_retrans);
	SC_EXPECT_EQ(so, ETIMEDOUT);
	SC_EXPECT_EQ(ti.total_retrans, RETRIES);
}
