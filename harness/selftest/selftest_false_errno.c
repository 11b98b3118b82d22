/* Self-test: a claim false on purpose.  Writing to a connected pair works,
 * so the EPIPE claimed is not what happens. */
#include "sc.h"

SC_CASE(selftest_false_errno) = {
	.claim  = "writing to a live connection fails with EPIPE (false on purpose)",
	.source = SC_SRC("selftest", "harness: SC_EXPECT_ERRNO names the errnos"),
	.only  = "unix_stream",
};

SC_TEST(selftest_false_errno)
{
	SC_EXPECT_ERRNO(write(P->a, "x", 1), EPIPE, ECONNRESET);
}
