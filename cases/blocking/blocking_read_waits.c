/* The tutorial: read()/recv() on a blocking socket with an empty input
 * buffer blocks until data arrives, then returns it. */
#include "sc.h"

SC_CASE(blocking_read_waits) = {
	.claim   = "a blocking read() with no data waits until data arrives, then returns it",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: 如果缓冲区中有数据，那么就读取，否则函数会被阻塞，直到网络上有数据到来"),
	.also    = { SC_SRC("posix", "read(): If O_NONBLOCK is clear, read() shall block the calling thread until some data becomes available") },
	.kinds   = SC_ALL,
	.key     = "read_ret",
};

SC_TEST(blocking_read_waits)
{
	static struct sc_call rd;

	sc_call_start(&rd, SC_OP_READ, P->b, 64);
	sc_call_wait_blocked(&rd, SYS_read, "the reader to block in read()");
	SC_EXPECT(!rd.done, "read() returned %ld (%s) before any data was sent",
		  rd.ret, sc_errname(rd.err));
	sc_send_all(P->a, "late", 4);
	sc_call_expect_return(&rd, SC_BLOCKED_MS, "the data was sent");
	sc_observe_int("read_ret", rd.ret);
	SC_EXPECT_EQ(rd.ret, 4);
}
