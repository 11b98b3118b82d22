/* Self-test: a body blocked for ever is stopped by the watchdog. */
#include "sc.h"

SC_CASE(selftest_hang) = {
	.claim  = "a blocking read with nothing to read never returns",
	.source = SC_SRC("selftest", "harness: watchdog"),
	.only  = "unix_stream",
	.timeout = 1,
};

SC_TEST(selftest_hang)
{
	char c;

	SC_EXPECT_RET(read(P->b, &c, 1), 1);
}
