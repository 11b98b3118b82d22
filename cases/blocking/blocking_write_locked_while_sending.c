/* The tutorial's blocking-mode item 2: while TCP is sending data the output
 * buffer is locked and write()/send() block until the data has been sent.
 * Data is genuinely in flight here: the receiver delays its ACKs
 * (TCP_QUICKACK off), so a byte just written stays unacknowledged
 * (tcpi_unacked > 0) while another write is tried; a non-blocking send()
 * fails with EAGAIN exactly when a blocking one would block, so the claim
 * expects EAGAIN.  Linux queues the write at once. */
#include "sc.h"
#include "tcpinfo.h"

#define TRIES 20

SC_CASE(blocking_write_locked_while_sending) = {
	.claim   = "while TCP is sending queued data the output buffer is locked: write()/send() block (non-blocking: EAGAIN) until it is sent",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: 如果 TCP 协议正在向网络发送数据，那么输出缓冲区会被锁定，不允许写入，write()、send() 也会被阻塞"),
	.kinds   = SC_TCP,
	.key     = "send_while_unacked",
};

static long unacked(int fd)
{
	return sc_tcpinfo(fd).unacked;
}

SC_TEST(blocking_write_locked_while_sending)
{
	static const char more[1000];
	static char sink[65536];

	for (int i = 0; i < TRIES; i++) {
		struct sc_res r;
		long before, after;

		SC_SETOPT(P->b, IPPROTO_TCP, TCP_QUICKACK, 0);
		sc_send_all(P->a, "x", 1);
		before = unacked(P->a);
		r = SC_CALL(send(P->a, more, sizeof more, MSG_DONTWAIT | MSG_NOSIGNAL));
		after = unacked(P->a);
		if (before > 0 && after > 0) {
			/* The first byte was in flight across the whole call. */
			sc_observe_int("in_flight_segments", before);
			sc_observe_int("tries", i + 1);
			sc_observe_str("send_while_unacked", r.ret < 0 ? sc_errname(r.err) : "accepted");
			sc_expect_fail(SC_HERE, "send(a, 1000 bytes, MSG_DONTWAIT) with data in flight", r,
				       (const int[]){ EAGAIN }, 1);
			return;
		}
		/* Acknowledged at once: drain and try again. */
		sc_wait_inq(P->b, 1 + (r.ret > 0 ? r.ret : 0), SC_WAIT_MS);
		SC_REQUIRE_OK(recv(P->b, sink, sizeof sink, MSG_DONTWAIT));
	}
	sc_broken("no data stayed in flight in %d tries: the peer acknowledged every segment at once", TRIES);
}
