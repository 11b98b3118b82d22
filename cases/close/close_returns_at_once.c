/* The tutorial: close() on a TCP socket marks it closed and returns to the
 * caller at once.  It does not wait for queued data to reach the peer: when
 * close() returns, the now descriptor-less connection still holds the data
 * the peer has not acknowledged. */
#include "sc.h"

SC_CASE(close_returns_at_once) = {
	.claim  = "close() of a TCP socket returns at once, before the data it queued has been delivered",
	.source = SC_SRC("seed", "close() 函数: close 一个 TCP socket 的缺省行为时把该 socket 标记为关闭，然后立即返回到调用进程"),
	.also   = { SC_SRC("man:socket(7)", "SO_LINGER: when disabled, close() returns immediately and the socket is closed in the background") },
	.kinds  = SC_TCP,
	.key    = "tx_queue_after_close",
};

SC_TEST(close_returns_at_once)
{
	int fam = P->kind->domain, ap = sc_port(P->a), bp = sc_port(P->b);
	size_t queued;
	long txq;
	int st;

	/* The peer reads nothing: the data stays queued behind a zero window. */
	queued = sc_fill(P->a);
	sc_observe_int("queued_at_close", (long)queued);
	SC_REQUIRE(sc_outq(P->a) > 0, "nothing stayed queued before close()");
	sc_close(&P->a);
	st = sc_proc_tcp(fam, ap, bp, &txq);
	sc_observe_str("state_after_close", st < 0 ? "absent" : sc_tcp_state_name(st));
	sc_observe_int("tx_queue_after_close", txq);
	SC_EXPECT(st == TCP_FIN_WAIT1, "after close() the connection is %s",
		  st < 0 ? "absent" : sc_tcp_state_name(st));
	SC_EXPECT_CMP(txq, >, 0);
}
