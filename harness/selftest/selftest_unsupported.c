/* Self-test: a missing feature is unsupported, not a failure. */
#include "sc.h"

SC_CASE(selftest_unsupported) = {
	.claim  = "an unsupported feature is reported as such",
	.source = SC_SRC("selftest", "harness: sc_unsupported"),
	.only  = "unix_dgram",
	.fixture = SC_FIX_NONE,
};

SC_TEST(selftest_unsupported)
{
	(void)P;
	sc_unsupported("feature X is not in this kernel");
}
