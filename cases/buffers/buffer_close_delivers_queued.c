/* The tutorial (I/O buffer property 3): closing a socket does not throw
 * away its output buffer; what was queued is still delivered, and the peer
 * then reads end of file. */
#include "sc.h"

SC_CASE(buffer_close_delivers_queued) = {
	.claim   = "data left in the send buffer at close() is still delivered: the peer reads all of it, then end of file",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: 即使关闭套接字也会继续传送输出缓冲区中遗留的数据"),
	.kinds   = SC_CONNECTED,
	.key     = "queued_at_close",
};

SC_TEST(buffer_close_delivers_queued)
{
	static char buf[65536];
	size_t queued = sc_fill(P->a);
	long got = 0, r;

	sc_observe_int("queued_at_close", (long)queued);
	sc_observe_int("sender_outq_at_close", sc_outq(P->a));
	sc_close(&P->a);
	for (;;) {
		sc_wait_end(P->b, SC_WAIT_MS, "the queued data after close");
		r = SC_EXPECT_OK(read(P->b, buf, sizeof buf));
		if (r == 0)
			break;
		got += r;
	}
	sc_observe_int("read_after_close", got);
	SC_EXPECT_EQ(got, (long)queued);
}
