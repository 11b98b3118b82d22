/* The tutorial: data larger than the output buffer is written in batches,
 * and a blocking write()/send() returns only once all of it has gone into
 * the buffer; so it returns the full length while a reader drains. */
#include "sc.h"
#include <stdlib.h>

SC_CASE(blocking_write_returns_all) = {
	.claim   = "a blocking write() of more than the send buffer holds returns only when all of it is queued, returning the full length",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: 如果要写入的数据大于缓冲区的最大长度，那么将分批写入"),
	.also    = SC_ALSO(SC_SRC("seed", "socket 缓冲区以及阻塞模式: 直到所有数据被写入缓冲区 write()、send() 才能返回"),
			   SC_SRC("posix", "write(): If O_NONBLOCK is clear, a write request may cause the thread to block")),
	.kinds   = SC_STREAM,
	.key     = "write_ret",
	.timeout = 10,
};

SC_TEST(blocking_write_returns_all)
{
	static struct sc_call rd, wr;
	size_t len = 4 * (size_t)(sc_sockopt_int(P->a, SO_SNDBUF) + sc_sockopt_int(P->b, SO_RCVBUF));

	sc_observe_int("write_len", (long)len);
	sc_call_start(&rd, SC_OP_DRAIN, P->b, len);
	sc_call_start(&wr, SC_OP_WRITE, P->a, len);
	/* A write that returns early (a short count) ends the item at once; a
	 * write still blocked once the reader has taken everything deviates. */
	SC_WAIT_UNTIL(sc_call_done(&rd) || sc_call_done(&wr), 2 * SC_WAIT_MS,
		      "the reader or the writer to finish");
	if (!sc_call_done(&wr))
		sc_call_expect_return(&wr, SC_BLOCKED_MS, "the reader drained every byte");
	sc_observe_int("write_ret", wr.ret);
	if (wr.ret < 0)
		sc_observe_str("write_errno", sc_errname(wr.err));
	SC_EXPECT_EQ(wr.ret, (long)len);
	sc_call_join(&rd, 2 * SC_WAIT_MS, "the reader to drain all the data");
	sc_observe_int("drained", (long)rd.total);
	SC_EXPECT_EQ((long)rd.total, (long)len);
}
