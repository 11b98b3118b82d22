/* socket(7) SO_ATTACH_FILTER, SO_ATTACH_BPF: attaching a filter again
 * replaces the one before, classic or extended alike; a socket never has
 * more than one filter. */
#include "sc.h"
#include "delivery.h"
#include "filters.h"

SC_CASE(sockopt_filter_replace) = {
	.claim  = "each filter attached replaces the previous one, classic and extended alike",
	.source = SC_SRC("man:socket(7)", "SO_ATTACH_BPF: These options may be set multiple times for a given socket, each time replacing the previous filter program"),
	.also   = { SC_SRC("man:socket(7)", "SO_ATTACH_FILTER: the previous filter will always be replaced such that a socket never has more than one filter defined") },
	.kinds  = SC_MESSAGE,
	.key    = "received",
};

SC_TEST(sockopt_filter_replace)
{
	char buf[64];
	long n;

	sc_filter_per_message(P);
	SC_REQUIRE_OK(sc_attach_cbpf(P->b, SO_ATTACH_FILTER, SC_FILTER_DROP_ALL).ret);
	if (sc_dgram_fate(P->a, P->b, "abcde", 5))
		sc_unsupported("%s queued a message under a drop-all filter: the filter does not decide this "
			       "kind's messages (sockopt_filter_attach reports how), so no replacement can be seen", P->kind->name);
	/* An extended program replaces the classic one: the datagram is cut,
	 * neither dropped (the first filter) nor whole. */
	sc_expect_ok(SC_HERE, "setsockopt(SO_ATTACH_BPF) over a classic filter",
		     sc_attach_ebpf(P->b, SO_ATTACH_BPF, SC_FILTER_TRIM2));
	SC_EXPECT(sc_dgram_fate(P->a, P->b, "abcde", 5), "dropped: the first filter is still attached");
	n = SC_EXPECT_OK(recv(P->b, buf, sizeof buf, MSG_DONTWAIT | MSG_TRUNC));
	sc_observe_int("received", n);
	SC_EXPECT_EQ(n, 3);
	/* And a classic one replaces the extended one. */
	sc_expect_ok(SC_HERE, "setsockopt(SO_ATTACH_FILTER) over an extended filter",
		     sc_attach_cbpf(P->b, SO_ATTACH_FILTER, SC_FILTER_PASS_ALL));
	SC_EXPECT(sc_dgram_fate(P->a, P->b, "abcde", 5), "dropped after the pass-all filter replaced the others");
	n = SC_EXPECT_OK(recv(P->b, buf, sizeof buf, MSG_DONTWAIT | MSG_TRUNC));
	sc_observe_int("received_after_pass_all", n);
	SC_EXPECT_EQ(n, 5);
}
