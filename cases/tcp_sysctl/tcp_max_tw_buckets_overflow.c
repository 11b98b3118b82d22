/* tcp(7): tcp_max_tw_buckets is the maximum number of sockets in TIME_WAIT;
 * beyond it a closing socket is closed at once instead.  With the limit 0
 * in a private namespace, the side that closes first skips TIME_WAIT: it
 * is not in /proc/net/tcp once the connection ends, and the namespace
 * counts the overflow (TcpExt TCPTimeWaitOverflow). */
#include "sc.h"
#include "sysctl_text.h"

SC_CASE(tcp_max_tw_buckets_overflow) = {
	.claim   = "a socket that would exceed tcp_max_tw_buckets TIME_WAIT sockets is closed instead",
	.source  = SC_SRC("man:tcp(7)", "tcp_max_tw_buckets: The maximum number of sockets in TIME_WAIT state allowed in the system. If this number is exceeded, the socket is closed and a warning is printed"),
	.kinds   = SC_TCP,
	.key     = "time_wait_listed",
};

SC_TEST(tcp_max_tw_buckets_overflow)
{
	int aport, bport, st;
	long o0;
	char b[4];

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_max_tw_buckets", 0);
	sc_make_pair(P);
	aport = sc_port(P->a);
	bport = sc_port(P->b);
	o0 = sc_tcpext("TCPTimeWaitOverflow");
	sc_close(&P->a);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the FIN at the peer");
	SC_REQUIRE(read(P->b, b, sizeof b) == 0, "the peer did not read end of file");
	sc_close(&P->b);
	SC_WAIT_UNTIL(sc_tcpext("TCPTimeWaitOverflow") > o0 || sc_proc_tcp(P->kind->domain, aport, bport, NULL) == TCP_TIME_WAIT,
		      SC_WAIT_MS, "TIME_WAIT or its overflow");
	st = sc_proc_tcp(P->kind->domain, aport, bport, NULL);
	sc_observe_int("time_wait_listed", st == TCP_TIME_WAIT);
	sc_observe_int("overflows", sc_tcpext("TCPTimeWaitOverflow") - o0);
	SC_EXPECT(st != TCP_TIME_WAIT, "the closed socket is in TIME_WAIT beyond a limit of 0");
	SC_EXPECT_EQ(sc_tcpext("TCPTimeWaitOverflow") - o0, 1);
}
