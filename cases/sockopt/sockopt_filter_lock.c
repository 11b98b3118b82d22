/* socket(7) SO_LOCK_FILTER: once set, changing or removing the socket's
 * filter, and clearing the lock, fail with EPERM; the filter stays. */
#include "sc.h"
#include "delivery.h"
#include "filters.h"

SC_CASE(sockopt_filter_lock) = {
	.claim  = "with SO_LOCK_FILTER set, attaching, detaching and unlocking fail with EPERM and the filter stays in force",
	.source = SC_SRC("man:socket(7)", "SO_LOCK_FILTER: attempts to change or remove the filter attached to a socket, or to disable the SO_LOCK_FILTER option will fail with the error EPERM"),
	.kinds  = SC_MESSAGE,
	.key    = "errno",
};

enum attempt { ATTACH_CBPF, ATTACH_EBPF, DETACH, UNLOCK };

static const struct variant {
	SC_VARIANT_HEAD;
	enum attempt what;
} variants[] = {
	{ .name = "attach_filter", .what = ATTACH_CBPF },
	{ .name = "attach_bpf", .what = ATTACH_EBPF },
	{ .name = "detach", .what = DETACH },
	{ .name = "unlock", .what = UNLOCK },
};
SC_VARIANTS(variants);

SC_TEST(sockopt_filter_lock)
{
	const struct variant *V = P->variant;
	int one = 1, zero = 0, filtered;
	struct sc_res r = { 0, 0 };
	char buf[16];

	SC_REQUIRE_OK(sc_attach_cbpf(P->b, SO_ATTACH_FILTER, SC_FILTER_DROP_D).ret);
	/* Whether the filter decides this kind's messages at all. */
	filtered = !sc_dgram_fate(P->a, P->b, "xD", 2);
	if (!filtered)
		SC_REQUIRE_OK(recv(P->b, buf, sizeof buf, MSG_DONTWAIT));
	SC_EXPECT_OK(setsockopt(P->b, SOL_SOCKET, SO_LOCK_FILTER, &one, sizeof one));
	switch (V->what) {
	case ATTACH_CBPF:
		r = sc_attach_cbpf(P->b, SO_ATTACH_FILTER, SC_FILTER_PASS_ALL);
		break;
	case ATTACH_EBPF:
		r = sc_attach_ebpf(P->b, SO_ATTACH_BPF, SC_FILTER_PASS_ALL);
		break;
	case DETACH:
		r = SC_CALL(setsockopt(P->b, SOL_SOCKET, SO_DETACH_FILTER, &zero, sizeof zero));
		break;
	case UNLOCK:
		r = SC_CALL(setsockopt(P->b, SOL_SOCKET, SO_LOCK_FILTER, &zero, sizeof zero));
		break;
	}
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "0");
	SC_EXPECT_ERRNO_RES(V->name, r, EPERM);
	if (!filtered)
		sc_unsupported("%s queued a message its filter drops on other kinds: the filter does not decide this "
			       "kind's messages (sockopt_filter_attach reports how), so whether the locked filter stays "
			       "cannot be seen", P->kind->name);
	/* The locked filter still drops what it dropped. */
	sc_filter_per_message(P);
	SC_EXPECT(!sc_dgram_fate(P->a, P->b, "xD", 2), "the locked filter no longer drops");
	SC_EXPECT(sc_dgram_fate(P->a, P->b, "xK", 2), "the locked filter drops what it passed");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 2);
}
