/* The tutorial's blocking-mode item 2: while TCP is sending data the output
 * buffer is locked and write()/send() block until the data has been sent.
 * Here unacknowledged data is queued (SIOCOUTQ > 0: the receiver's window
 * is full) while the send buffer has plenty of room; a non-blocking send()
 * fails with EAGAIN exactly when a blocking one would block, so the claim
 * expects EAGAIN.  Linux accepts the write (see
 * blocking_write_room_while_unacked). */
#include "sc.h"

SC_CASE(blocking_write_locked_while_sending) = {
	.claim   = "while TCP is sending queued data the output buffer is locked: write()/send() block (non-blocking: EAGAIN) until it is sent",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: 如果 TCP 协议正在向网络发送数据，那么输出缓冲区会被锁定，不允许写入，write()、send() 也会被阻塞"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "send_while_unacked",
};

SC_TEST(blocking_write_locked_while_sending)
{
	static const char more[1000];
	struct sc_res r;

	sc_unacked_backlog(P);
	r = SC_CALL(send(P->a, more, sizeof more, MSG_DONTWAIT | MSG_NOSIGNAL));
	sc_observe_str("send_while_unacked", r.ret < 0 ? sc_errname(r.err) : "accepted");
	sc_expect_fail(SC_HERE, "send(a, 1000 bytes, MSG_DONTWAIT) with unacknowledged data queued", r,
		       (const int[]){ EAGAIN }, 1);
}
