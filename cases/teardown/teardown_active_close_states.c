/* The four-way close: the side that calls close() first sends FIN and, once
 * it is acknowledged, waits in FIN_WAIT2; the peer reads end of file and sits
 * in CLOSE_WAIT; when the peer closes in turn, the first side acknowledges
 * that FIN and enters TIME_WAIT, while the peer's side of the connection is
 * gone once its FIN is acknowledged.  After close() the active socket has no
 * descriptor, so its states are read from /proc/net/tcp{,6} by 4-tuple. */
#include "sc.h"
#include <poll.h>
#include <stdio.h>

SC_CASE(teardown_active_close_states) = {
	.claim  = "after close(): the closer goes FIN_WAIT2 then TIME_WAIT, the peer reads EOF in CLOSE_WAIT and its close completes the teardown",
	.source = SC_SRC("seed", "socket 中 TCP 的四次握手释放连接详解: 某个应用进程首先调用 close 主动关闭连接，这时 TCP 发送一个 FIN M"),
	.also   = SC_ALSO(SC_SRC("rfc:793", "3.5 Closing a Connection; Figure 13 (FIN-WAIT-2, TIME-WAIT, CLOSE-WAIT, LAST-ACK)"),
			  SC_SRC("seed", "socket 中 TCP 的四次握手释放连接详解: 这样每个方向上都有一个 FIN 和 ACK")),
	.kinds  = SC_TCP,
	.key    = "active_states",
};

static const char *name(int st)
{
	return st < 0 ? "absent" : sc_tcp_state_name(st);
}

SC_TEST(teardown_active_close_states)
{
	int fam = P->kind->domain, ap = sc_port(P->a), bp = sc_port(P->b);
	int first, st;
	char seen[128], c;

	SC_REQUIRE(ap > 0 && bp > 0, "no ports for the pair");
	SC_REQUIRE(sc_proc_tcp(fam, ap, bp, NULL) == TCP_ESTABLISHED,
		   "the connection is not listed ESTABLISHED in /proc/net");
	sc_close(&P->a);
	first = sc_proc_tcp(fam, ap, bp, NULL);
	/* FIN_WAIT1 lasts until our FIN is acknowledged. */
	SC_WAIT_UNTIL((st = sc_proc_tcp(fam, ap, bp, NULL)) != TCP_FIN_WAIT1, SC_WAIT_MS,
		      "the ACK of the FIN");
	snprintf(seen, sizeof seen, "%s", name(first));
	if (st != first)
		snprintf(seen + strlen(seen), sizeof seen - strlen(seen), ",%s", name(st));
	sc_observe_str("closer_after_ack", name(st));
	SC_EXPECT(st == TCP_FIN_WAIT2, "after its FIN was acknowledged the closer is %s",
		  name(st));

	sc_wait_fd(P->b, POLLIN | POLLRDHUP, SC_WAIT_MS, "end of file at the peer");
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_DONTWAIT), 0);
	st = sc_tcp_state(P->b);
	sc_observe_str("passive_after_eof", name(st));
	SC_EXPECT(st == TCP_CLOSE_WAIT, "the peer that read EOF is %s", name(st));

	sc_close(&P->b);
	sc_observe_str("passive_after_close", name(sc_proc_tcp(fam, bp, ap, NULL)));
	SC_WAIT_UNTIL((st = sc_proc_tcp(fam, ap, bp, NULL)) != TCP_FIN_WAIT2, SC_WAIT_MS,
		      "the peer's FIN at the closer");
	snprintf(seen + strlen(seen), sizeof seen - strlen(seen), ",%s", name(st));
	sc_observe_str("active_states", seen);
	SC_EXPECT(st == TCP_TIME_WAIT, "after the peer's FIN the closer is %s", name(st));
	SC_WAIT_UNTIL((st = sc_proc_tcp(fam, bp, ap, NULL)) != TCP_LAST_ACK, SC_WAIT_MS,
		      "the ACK of the peer's FIN");
	sc_observe_str("passive_final", name(st));
	SC_EXPECT(st < 0, "the peer's side is still listed as %s", name(st));
}
