/* Self-test: a claim false on purpose.  A fresh pair has nothing queued, so
 * a non-blocking read returns -1 EAGAIN, not the 1 byte claimed. */
#include "sc.h"

SC_CASE(selftest_false_ret) = {
	.claim  = "a fresh pair has one byte to read (false on purpose)",
	.source = SC_SRC("selftest", "harness: SC_EXPECT_RET reports ret and errno"),
	.only  = "inet_stream",
};

SC_TEST(selftest_false_ret)
{
	char buf[4];

	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 1);
}
