/* socket(7) SO_ATTACH_FILTER, SO_ATTACH_BPF: a filter attached to the
 * receiving socket decides each packet: returning zero drops it, a value
 * below the packet's length truncates it to that length, a larger one lets
 * it through whole.  Each variant attaches one program (classic or
 * extended) and sends datagrams that test one of the three answers. */
#include "sc.h"
#include "delivery.h"
#include "filters.h"

SC_CASE(sockopt_filter_attach) = {
	.claim  = "a socket filter drops the packets it returns 0 for and truncates those it returns a smaller length for",
	.source = SC_SRC("man:socket(7)", "SO_ATTACH_FILTER: A packet will be dropped if the filter program returns zero ... truncated to the length returned"),
	/* Message kinds: a packet is a message, and dropping one is not
	 * followed by a retransmission. */
	.kinds  = SC_MESSAGE,
	.key    = "received",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int extended;
	enum sc_filter filter;
} variants[] = {
	{ .name = "cbpf_drop", .filter = SC_FILTER_DROP_D,
	  .src = SC_SRC("man:socket(7)", "SO_ATTACH_FILTER: A packet will be dropped if the filter program returns zero") },
	{ .name = "cbpf_trim", .filter = SC_FILTER_TRIM2,
	  .src = SC_SRC("man:socket(7)", "SO_ATTACH_FILTER: If the filter program returns a nonzero value which is less than the packet's data length, the packet will be truncated to the length returned") },
	{ .name = "ebpf_drop", .extended = 1, .filter = SC_FILTER_DROP_D,
	  .src = SC_SRC("man:socket(7)", "SO_ATTACH_BPF: A packet will be dropped if the filter program returns zero") },
	{ .name = "ebpf_trim", .extended = 1, .filter = SC_FILTER_TRIM2,
	  .src = SC_SRC("man:socket(7)", "SO_ATTACH_BPF: If the filter program returns a nonzero value which is less than the packet's data length, the packet will be truncated to the length returned") },
};
SC_VARIANTS(variants);

SC_TEST(sockopt_filter_attach)
{
	const struct variant *V = P->variant;
	struct sc_res r;
	char buf[64];

	if (V->extended)
		r = sc_attach_ebpf(P->b, SO_ATTACH_BPF, V->filter);
	else
		r = sc_attach_cbpf(P->b, SO_ATTACH_FILTER, V->filter);
	sc_expect_ok(SC_HERE, V->extended ? "setsockopt(SO_ATTACH_BPF)" : "setsockopt(SO_ATTACH_FILTER)", r);
	if (V->filter == SC_FILTER_DROP_D) {
		/* The program drops packets ending in 'D' and passes the rest. */
		int dropped_queued = sc_dgram_fate(P->a, P->b, "xyD", 3);

		sc_observe_str("received", dropped_queued ? "xyD" : "-");
		SC_EXPECT(!dropped_queued, "the datagram the filter returned 0 for was queued");
		SC_EXPECT(sc_dgram_fate(P->a, P->b, "xyK", 3), "the datagram the filter passed was dropped");
		SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 3);
		SC_EXPECT(!memcmp(buf, "xyK", 3), "received %.3s", buf);
		return;
	}
	SC_REQUIRE(sc_dgram_fate(P->a, P->b, "abcde", 5), "the filter dropped a datagram it should have cut");
	long n = SC_EXPECT_OK(recv(P->b, buf, sizeof buf, MSG_DONTWAIT | MSG_TRUNC));

	sc_observe_int("received", n);
	SC_EXPECT_EQ(n, 3);
	SC_EXPECT(!memcmp(buf, "abc", 3), "received %.*s", (int)n, buf);
}
