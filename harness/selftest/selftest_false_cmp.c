/* Self-test: a claim false on purpose, with an observation beside it. */
#include "sc.h"

SC_CASE(selftest_false_cmp) = {
	.claim  = "SO_TYPE of a stream socket reads back SOCK_DGRAM (false on purpose)",
	.source = SC_SRC("selftest", "harness: SC_EXPECT_EQ prints both values"),
	.only  = "inet_stream",
	.key    = "so_type",
};

SC_TEST(selftest_false_cmp)
{
	int type = -1;
	socklen_t len = sizeof type;

	SC_REQUIRE_OK(getsockopt(P->a, SOL_SOCKET, SO_TYPE, &type, &len));
	sc_observe_int("so_type", type);
	SC_EXPECT_EQ(type, SOCK_DGRAM);
}
