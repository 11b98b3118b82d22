/* socket(7) SO_DETACH_FILTER, SO_DETACH_BPF: synonyms that remove the
 * socket's filter, classic or extended; the option value is ignored. */
#include "sc.h"
#include "delivery.h"
#include "filters.h"

SC_CASE(sockopt_filter_detach) = {
	.claim  = "SO_DETACH_FILTER and SO_DETACH_BPF remove the attached filter whatever the option value",
	.source = SC_SRC("man:socket(7)", "SO_DETACH_FILTER: may be used to remove the classic or extended BPF program attached to a socket ... The option value is ignored"),
	.kinds  = SC_MESSAGE,
	.key    = "after_detach",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int extended, opt;
} variants[] = {
	/* Each removes a program of the other flavour too: synonyms. */
	{ .name = "detach_filter", .opt = SO_DETACH_FILTER, .extended = 1,
	  .src = SC_SRC("man:socket(7)", "SO_DETACH_FILTER: remove the classic or extended BPF program attached ... The option value is ignored") },
	{ .name = "detach_bpf", .opt = SO_DETACH_BPF,
	  .src = SC_SRC("man:socket(7)", "SO_DETACH_BPF: These two options, which are synonyms, may be used to remove the classic or extended BPF program") },
};
SC_VARIANTS(variants);

SC_TEST(sockopt_filter_detach)
{
	const struct variant *V = P->variant;
	int junk = 12345;
	char buf[16];

	sc_filter_per_message(P);
	if (V->extended)
		SC_REQUIRE_OK(sc_attach_ebpf(P->b, SO_ATTACH_BPF, SC_FILTER_DROP_ALL).ret);
	else
		SC_REQUIRE_OK(sc_attach_cbpf(P->b, SO_ATTACH_FILTER, SC_FILTER_DROP_ALL).ret);
	if (sc_dgram_fate(P->a, P->b, "x", 1))
		sc_unsupported("%s queued a message under a drop-all filter: the filter does not decide this "
			       "kind's messages (sockopt_filter_attach reports how), so no detach can be seen", P->kind->name);
	SC_EXPECT_OK(setsockopt(P->b, SOL_SOCKET, V->opt, &junk, sizeof junk));
	int queued = sc_dgram_fate(P->a, P->b, "y", 1);

	sc_observe_str("after_detach", queued ? "queued" : "dropped");
	SC_EXPECT(queued, "a datagram was still dropped after the detach");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 1);
}
