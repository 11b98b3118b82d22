/* Self-test: a bounded wait that never sees its state gives timeout. */
#include "sc.h"

SC_CASE(selftest_wait_timeout) = {
	.claim  = "a peer that never writes leaves the reader waiting",
	.source = SC_SRC("selftest", "harness: sc_wait_fd bound"),
	.only  = "inet_dgram",
};

SC_TEST(selftest_wait_timeout)
{
	sc_wait_fd(P->b, POLLIN, 50, "a datagram that is never sent");
}
