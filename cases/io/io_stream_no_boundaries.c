/* A byte stream keeps no message boundaries: several writes, once all have
 * arrived, come back from one read. */
#include "sc.h"

SC_CASE(io_stream_no_boundaries) = {
	.claim   = "a stream socket keeps no write boundaries: three writes, all arrived, are returned by one read()",
	.source  = SC_SRC("man:socket(2)", "SOCK_STREAM: Provides sequenced, reliable, two-way, connection-based byte streams"),
	.kinds   = SC_STREAM,
	.key     = "read_bytes",
};

SC_TEST(io_stream_no_boundaries)
{
	char in[128];
	long got;

	SC_EXPECT_RET(write(P->a, "0123456789", 10), 10);
	SC_EXPECT_RET(write(P->a, "abcdefghijklmnopqrst", 20), 20);
	SC_EXPECT_RET(write(P->a, "ABCDEFGHIJKLMNOPQRSTUVWXYZ+-*/", 30), 30);
	sc_wait_inq(P->b, 60, SC_WAIT_MS);
	got = SC_EXPECT_OK(read(P->b, in, sizeof in));
	sc_observe_int("read_bytes", got);
	SC_EXPECT_EQ(got, 60);
	SC_EXPECT(!memcmp(in, "0123456789abcdefghijklmnopqrstABCDEFGHIJKLMNOPQRSTUVWXYZ+-*/", 60),
		  "bytes out of order: %.60s", in);
}
