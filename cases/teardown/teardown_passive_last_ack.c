/* The passive side of the close: after the FIN arrives it is in CLOSE_WAIT;
 * when it closes its own sending side it enters LAST_ACK and stays there
 * until its FIN is acknowledged, then the connection is CLOSED.  To make
 * LAST_ACK last long enough to see, the passive side's FIN is queued behind
 * data the half-closed active side has not read yet (zero window); the
 * active side then drains, gets the FIN and enters TIME_WAIT. */
#include "sc.h"
#include <poll.h>
#include <stdio.h>

SC_CASE(teardown_passive_last_ack) = {
	.claim  = "the passive closer goes CLOSE_WAIT, then LAST_ACK until its FIN is acknowledged, then CLOSED; the active side ends in TIME_WAIT",
	.source = SC_SRC("rfc:793", "3.5 Closing a Connection, Case 2; Figure 13: CLOSE-WAIT -> LAST-ACK -> CLOSED"),
	.also   = { SC_SRC("seed", "socket 中 TCP 的四次握手释放连接详解: 接收到文件结束符的应用进程调用 close 关闭它的 socket。这导致它的 TCP 也发送一个 FIN N") },
	.kinds  = SC_TCP,
	.key    = "passive_states",
	.timeout = 10,
};

static const char *name(int st)
{
	return st < 0 ? "absent" : sc_tcp_state_name(st);
}

SC_TEST(teardown_passive_last_ack)
{
	int fam = P->kind->domain, ap = sc_port(P->a), bp = sc_port(P->b);
	static char buf[65536];
	char seen[128];
	int st;
	long n, total = 0;
	size_t queued;

	SC_REQUIRE_OK(shutdown(P->a, SHUT_WR));
	sc_wait_fd(P->b, POLLIN | POLLRDHUP, SC_WAIT_MS, "the FIN at the passive side");
	SC_EXPECT_RET(recv(P->b, buf, 1, MSG_DONTWAIT), 0);
	st = sc_tcp_state(P->b);
	snprintf(seen, sizeof seen, "%s", name(st));
	sc_observe_str("passive_after_fin", name(st));
	SC_EXPECT(st == TCP_CLOSE_WAIT, "after the FIN the passive side is %s", name(st));

	queued = sc_fill(P->b);
	sc_observe_int("queued_bytes", (long)queued);
	SC_REQUIRE(sc_outq(P->b) > 0, "no data stayed queued behind the zero window");
	SC_REQUIRE_OK(shutdown(P->b, SHUT_WR));
	st = sc_tcp_state(P->b);
	snprintf(seen + strlen(seen), sizeof seen - strlen(seen), ",%s", name(st));
	SC_EXPECT(st == TCP_LAST_ACK, "after its own shutdown the passive side is %s", name(st));

	sc_set_nonblock(P->a, 1);
	for (;;) {
		sc_wait_fd(P->a, POLLIN, SC_WAIT_MS, "data or the FIN at the active side");
		n = read(P->a, buf, sizeof buf);
		if (n == 0)
			break;
		SC_REQUIRE(n > 0 || errno == EAGAIN, "read failed: %s", sc_errname(errno));
		if (n > 0)
			total += n;
	}
	sc_observe_int("drained_bytes", total);
	SC_EXPECT_EQ(total, (long)queued);
	SC_WAIT_UNTIL((st = sc_tcp_state(P->b)) != TCP_LAST_ACK, SC_WAIT_MS,
		      "the ACK of the passive side's FIN");
	snprintf(seen + strlen(seen), sizeof seen - strlen(seen), ",%s", name(st));
	sc_observe_str("passive_states", seen);
	SC_EXPECT(st == TCP_CLOSE, "after its FIN was acknowledged the passive side is %s", name(st));
	st = sc_proc_tcp(fam, ap, bp, NULL);
	sc_observe_str("active_final", name(st));
	SC_EXPECT(st == TCP_TIME_WAIT, "the active side is listed as %s", name(st));
}
