/* connect(2): ETIMEDOUT, "timeout while attempting connection; the server
 * may be too busy to accept new connections".  A listener whose queue is
 * full drops the SYN; a blocking connect() with a short TCP_USER_TIMEOUT
 * (and one SYN retransmission, TCP_SYNCNT 1) gives up with ETIMEDOUT
 * after the first retransmission (1 s) instead of the default two
 * minutes.  A kind without those options (MPTCP) runs in a network
 * namespace of its own with net.ipv4.tcp_syn_retries 1 (3 s). */
#include "sc.h"

SC_CASE(connect_etimedout) = {
	.claim   = "a blocking connect() whose SYNs go unanswered (the listener too busy) fails with ETIMEDOUT",
	.source  = SC_SRC("man:connect(2)", "ETIMEDOUT: Timeout while attempting connection. The server may be too busy to accept new connections"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
	.timeout = 10,  /* the first SYN retransmission comes after 1 s */
};

SC_TEST(connect_etimedout)
{
	static struct sc_call c;
	int over, err, fd, one = 1, ms = 100, opts;
	long long t0;

	fd = sc_kind_socket(P->kind);
	opts = setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &ms, sizeof ms) == 0;
	opts |= setsockopt(fd, IPPROTO_TCP, TCP_SYNCNT, &one, sizeof one) == 0;
	sc_observe_str("bounded_by", opts ? "socket options" : "tcp_syn_retries");
	if (!opts) {
		sc_close(&fd);
		sc_private_netns();
		sc_sysctl_set("net/ipv4/tcp_syn_retries", "1");
		fd = sc_kind_socket(P->kind);
	}
	sc_listen(P, 0);
	sc_observe_int("queued", sc_fill_queue(P, 8, &over, &err));
	SC_REQUIRE(over >= 0, "the listener's queue never filled");
	c.addr = (struct sockaddr *)&P->addr;
	c.addrlen = P->addrlen;
	t0 = sc_now_us();
	sc_call_start(&c, SC_OP_CONNECT, fd, 0);
	sc_call_join(&c, sc_ms(8000), "connect() to give up");
	sc_observe_int("elapsed_ms", (sc_now_us() - t0) / 1000);
	sc_observe_str("errno", c.ret < 0 ? sc_errname(c.err) : "connected");
	SC_EXPECT_ERRNO_RES("connect() to a listener that drops the SYN", sc_call_res(&c), ETIMEDOUT);
}
