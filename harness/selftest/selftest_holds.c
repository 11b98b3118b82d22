/* Self-test: a true claim holds on every kind. */
#include "sc.h"

SC_CASE(selftest_holds) = {
	.claim  = "a byte written on one end is read on the other",
	.source = SC_SRC("selftest", "harness: holds"),
	.kinds  = SC_ALL,
	.key    = "bytes",
};

SC_TEST(selftest_holds)
{
	char c;

	sc_send_all(P->a, "x", 1);
	sc_wait_fd(P->b, POLLIN, 2000, "the byte");
	sc_observe_int("bytes", SC_EXPECT_RET(recv(P->b, &c, 1, 0), 1));
}
