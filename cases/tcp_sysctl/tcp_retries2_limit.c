/* tcp(7): tcp_retries2 is the maximum number of times a packet is
 * retransmitted on an established connection before TCP gives up.  The
 * peer is made deaf (a socket filter drops what reaches it); with
 * tcp_retries2 0 a byte sent to it is not retransmitted: the connection
 * fails with ETIMEDOUT at the first timeout. */
#include "sc.h"
#include "blackhole.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_retries2_limit) = {
	.claim   = "an unacknowledged segment is retransmitted tcp_retries2 times, then the connection fails",
	.source  = SC_SRC("man:tcp(7)", "tcp_retries2: The maximum number of times a TCP packet is retransmitted in established state before giving up"),
	.kinds   = SC_TCP,
	.key     = "retransmits",
	.timeout = 8,       /* RTOs of 0.2 and 0.4 s */
};

#define RETRIES 0

SC_TEST(tcp_retries2_limit)
{
	struct sc_tcpinfo t;
	int so = 0;
	socklen_t sl = sizeof so;
	long long t0;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_retries2", RETRIES);
	/* No tail loss probe: only retransmission timeouts retransmit. */
	sc_sysctl_set_int("net/ipv4/tcp_early_retrans", 0);
	sc_make_pair(P);
	sc_blackhole(P->b);
	t0 = sc_now_us();
	sc_send_all(P->a, "x", 1);
	sc_wait_fd(P->a, POLLERR, 5000, "the connection to give up");
	sc_observe_int("gave_up_after_ms", (sc_now_us() - t0) / 1000);
	SC_REQUIRE_OK(getsockopt(P->a, SOL_SOCKET, SO_ERROR, &so, &sl));
	t = sc_tcpinfo(P->a);
	SC_TCPI_NEED(t, total_retrans);
	sc_observe_int("retransmits", t.total_retrans);
	sc_observe_str("so_error", so ? sc_errname(so) : "0");
	SC_EXPECT_EQ(so, ETIMEDOUT);
	SC_EXPECT_EQ(t.total_retrans, RETRIES);
}
