/* Self-test: a descriptor the harness does not know of is a leak, and a
 * leaking case is broken even when its claim held. */
#include "sc.h"

SC_CASE(selftest_leak) = {
	.claim  = "socket() returns a descriptor",
	.source = SC_SRC("selftest", "harness: fd leak check"),
	.only  = "inet_stream",
	.fixture = SC_FIX_NONE,
};

SC_TEST(selftest_leak)
{
	(void)P;
	SC_EXPECT_OK(socket(AF_INET, SOCK_STREAM, 0));
}
