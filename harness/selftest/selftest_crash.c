/* Self-test: a body that dies of a signal is a crash, and the run goes on. */
#include "sc.h"

SC_CASE(selftest_crash) = {
	.claim  = "a case that dies of SIGSEGV is reported as a crash",
	.source = SC_SRC("selftest", "harness: crash"),
	.only  = "inet_stream",
	.fixture = SC_FIX_NONE,
};

SC_TEST(selftest_crash)
{
	(void)P;
	raise(SIGSEGV);
}
