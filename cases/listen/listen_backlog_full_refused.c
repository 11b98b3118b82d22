/* The tutorial: when the request queue is full no new request is taken,
 * and on Linux the client receives ECONNREFUSED.  A non-blocking connect
 * beyond the queue's capacity should end with SO_ERROR ECONNREFUSED once
 * the listener has turned its SYN (and the retransmitted SYN) away. */
#include "sc.h"

SC_CASE(listen_backlog_full_refused) = {
	.claim  = "when the listen queue is full, a Linux client's connect fails with ECONNREFUSED",
	.source = SC_SRC("seed", "使用 listen() 函数: 当请求队列满时，就不再接收新的请求，对于 Linux，客户端会收到 ECONNREFUSED 错误"),
	.kinds  = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key    = "client_state",
	.timeout = 8,
};

SC_TEST(listen_backlog_full_refused)
{
	int over, err, so = 0, ms = 4000;
	socklen_t sl = sizeof so;
	struct tcp_info ti;
	long cap;

	sc_listen(P, 1);
	cap = sc_fill_queue(P, 8, &over, &err);
	sc_observe_int("capacity", cap);
	SC_REQUIRE(over >= 0, "all %ld connections were queued", cap);
	/* A refusal would be a RST answering the first SYN; wait until the
	 * client has retransmitted it (initial RTO 1 s) so an answer had time. */
	SC_WAIT_UNTIL(sc_tcp_info(over, &ti) == 0 &&
		      (ti.tcpi_total_retrans > 0 || ti.tcpi_state != TCP_SYN_SENT),
		      ms, "the client to retransmit its SYN or leave SYN_SENT");
	SC_REQUIRE_OK(getsockopt(over, SOL_SOCKET, SO_ERROR, &so, &sl));
	sc_observe_str("client_state", sc_tcp_state_name(ti.tcpi_state));
	sc_observe_str("so_error", so ? sc_errname(so) : "0");
	sc_observe_int("syn_retransmits", ti.tcpi_total_retrans);
	SC_EXPECT(so == ECONNREFUSED, "client is %s with SO_ERROR %s after %u SYN retransmission(s)",
		  sc_tcp_state_name(ti.tcpi_state), so ? sc_errname(so) : "0",
		  ti.tcpi_total_retrans);
}
