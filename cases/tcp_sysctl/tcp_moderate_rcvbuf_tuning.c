/* tcp(7): with tcp_moderate_rcvbuf TCP auto-tunes the receive buffer (no
 * greater than tcp_rmem[2]) to what the path needs; without it the buffer
 * stays as it was.  tcp_rmem is 4096 16384 4194304 in a private namespace;
 * an 8 MB transfer over loopback then grows the receiver's SO_RCVBUF past
 * 16384 only when tuning is on. */
#include "sc.h"
#include "bulk.h"
#include "sysctl_text.h"

SC_CASE(tcp_moderate_rcvbuf_tuning) = {
	.claim   = "the receive buffer grows with the transfer exactly when tcp_moderate_rcvbuf is on",
	.source  = SC_SRC("man:tcp(7)", "tcp_moderate_rcvbuf: If enabled, TCP performs receive buffer auto-tuning, attempting to automatically size the buffer (no greater than tcp_rmem[2]) to match the size required by the path for full throughput"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "rcvbuf_after",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "moderate1", .value = 1 },
	{ .name = "moderate0", .value = 0 },
};
SC_VARIANTS(modes);

SC_TEST(tcp_moderate_rcvbuf_tuning)
{
	const struct mode *V = P->variant;
	long after;

	sc_private_netns();
	sc_sysctl_set("net/ipv4/tcp_rmem", "4096 16384 4194304");
	sc_sysctl_set_int("net/ipv4/tcp_moderate_rcvbuf", V->value);
	sc_make_pair(P);
	sc_observe_int("rcvbuf_before", sc_sockopt_int(P->b, SO_RCVBUF));
	sc_bulk(P->a, P->b, 8 << 20);
	after = sc_sockopt_int(P->b, SO_RCVBUF);
	sc_observe_int("rcvbuf_after", after);
	if (V->value) {
		SC_EXPECT_CMP(after, >, 16384);
		SC_EXPECT_CMP(after, <=, 4194304);
	} else {
		SC_EXPECT_EQ(after, 16384);
	}
}
