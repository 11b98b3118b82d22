/* Self-test: a set-up step that fails makes the verdict broken. */
#include "sc.h"

SC_CASE(selftest_broken) = {
	.claim  = "listen() on an invalid descriptor is a set-up failure",
	.source = SC_SRC("selftest", "harness: SC_REQUIRE_OK gives broken"),
	.only  = "inet_stream",
	.fixture = SC_FIX_NONE,
};

SC_TEST(selftest_broken)
{
	(void)P;
	SC_REQUIRE_OK(listen(-1, 1));
}
