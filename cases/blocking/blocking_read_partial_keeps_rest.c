/* The tutorial: when read()/recv() asks for less than the input buffer
 * holds, it returns only that much; the rest stays queued for the next
 * read. */
#include "sc.h"

SC_CASE(blocking_read_partial_keeps_rest) = {
	.claim   = "a read() shorter than the queued data returns only what was asked; the rest stays in the buffer for the next read()",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: 如果要肚脐眼的数据长度小于缓冲区中的数据长度，那么就不能一次性将缓冲区中的所有数据读出，剩余数据将不断积压"),
	.kinds   = SC_STREAM,
	.key     = "inq_after_short_read",
};

SC_TEST(blocking_read_partial_keeps_rest)
{
	static const char msg[100];
	char buf[sizeof msg];

	sc_send_all(P->a, msg, sizeof msg);
	SC_WAIT_UNTIL(sc_inq(P->b) == (long)sizeof msg, SC_WAIT_MS, "the data in the receiver's queue");
	SC_EXPECT_RET(read(P->b, buf, 10), 10);
	sc_observe_int("inq_after_short_read", sc_inq(P->b));
	SC_EXPECT_EQ(sc_inq(P->b), (long)sizeof msg - 10);
	SC_EXPECT_RET(read(P->b, buf, sizeof buf), (long)sizeof msg - 10);
}
