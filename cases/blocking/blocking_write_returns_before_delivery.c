/* The tutorial: write()/send() do not transmit; they copy into the output
 * buffer and return as soon as the data is there, whether or not it has
 * reached the peer.  With the peer's receive window full, a blocking
 * send() of a few bytes returns their count at once although they cannot
 * leave: the peer's SIOCINQ does not change and SIOCOUTQ grows by them. */
#include "sc.h"

SC_CASE(blocking_write_returns_before_delivery) = {
	.claim   = "a blocking write() returns once its data is in the output buffer, before the data reaches the peer",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: 一旦将数据写入到缓冲区，函数就可以成功返回，不管它们有没有达到目标机器"),
	.also    = { SC_SRC("posix", "write(): ... the successful return of write() does not imply that the data has been delivered") },
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "write_ret",
};

SC_TEST(blocking_write_returns_before_delivery)
{
	static struct sc_call wr;
	long inq, outq;

	sc_unacked_backlog(P);
	sc_set_nonblock(P->a, 0);
	inq = sc_inq(P->b);
	outq = sc_outq(P->a);
	sc_call_start(&wr, SC_OP_WRITE, P->a, 100);
	SC_WAIT_UNTIL(wr.done || sc_call_blocked_in(&wr, SYS_write), SC_WAIT_MS, "the write() to return or block");
	SC_EXPECT(wr.done, "a blocking write() of 100 bytes blocked with %ld bytes undelivered", outq);
	sc_call_join(&wr, SC_WAIT_MS, "the write() to return");
	sc_observe_int("write_ret", wr.ret);
	SC_EXPECT_EQ(wr.ret, 100);
	SC_EXPECT_EQ(sc_outq(P->a), outq + 100);
	SC_EXPECT_EQ(sc_inq(P->b), inq);
}
