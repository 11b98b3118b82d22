/* tcp(7) Error handling: TCP retransmits a segment the peer does not
 * acknowledge; if that does not succeed after some time, it reports
 * ETIMEDOUT, or the last error received on the connection.  In a private
 * network namespace with net.ipv4.tcp_retries2 = 0 (so "some time" is
 * short), data sent to a peer that acknowledges nothing ends with
 * ETIMEDOUT; after an ICMP port-unreachable about the connection (a soft
 * error, no IP_RECVERR) it ends with that error, ECONNREFUSED. */
#include "sc.h"
#include "blackhole.h"
#include "icmperr.h"
#include "tcpinfo.h"

SC_CASE(tcp_error_after_retries) = {
	.claim   = "unacknowledged data is retransmitted, then the connection fails with ETIMEDOUT, or with the last error received (here ECONNREFUSED)",
	.source  = SC_SRC("man:tcp(7)", "error after retries: If it doesn't succeed after some time, either ETIMEDOUT or the last received error on this connection is reported."),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "so_error",
	.needs   = "root",
	.timeout = 6,
};

static const struct last {
	SC_VARIANT_HEAD;
	int icmp;
	int want;
} lasts[] = {
	{ .name = "no_answer", .icmp = 0, .want = ETIMEDOUT,
	  .src = SC_SRC("man:tcp(7)", "ETIMEDOUT: The other end didn't acknowledge retransmitted data after some time.") },
	{ .name = "icmp_error", .icmp = 1, .want = ECONNREFUSED },
};
SC_VARIANTS(lasts);

SC_TEST(tcp_error_after_retries)
{
	const struct last *V = P->variant;
	int err = 0;
	socklen_t len = sizeof err;
	uint32_t seq = 0;
	long long t0;

	sc_private_netns();
	sc_sysctl_set("net/ipv4/tcp_retries2", "0");
	/* Shorter retransmission timeouts where the kernel lets us set them. */
	if (access("/proc/sys/net/ipv4/tcp_rto_min_us", F_OK) == 0)
		sc_sysctl_set("net/ipv4/tcp_rto_min_us", "10000");
	sc_make_pair(P);
	if (V->icmp)
		seq = sc_tcp_send_seq(P->a);
	sc_blackhole(P->b);
	t0 = sc_now_us();
	SC_EXPECT_RET(send(P->a, "lost", 4, 0), 4);
	if (V->icmp)
		sc_icmp_port_unreach(P->a, seq);
	SC_WAIT_UNTIL(sc_tcpinfo(P->a).state == TCP_CLOSE, 4000, "the connection to fail");
	sc_observe_int("failed_after_ms", (sc_now_us() - t0) / 1000);
	sc_observe_int("retransmissions", sc_tcpinfo(P->a).total_retrans);
	SC_REQUIRE_OK(getsockopt(P->a, SOL_SOCKET, SO_ERROR, &err, &len));
	sc_observe_str("so_error", sc_errname(err));
	SC_EXPECT_CMP(sc_tcpinfo(P->a).total_retrans, >=, 1);
	SC_EXPECT(err == V->want, "SO_ERROR is %s, not %s", sc_errname(err), sc_errname(V->want));
}
