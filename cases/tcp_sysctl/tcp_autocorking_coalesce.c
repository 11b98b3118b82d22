/* tcp(7): with tcp_autocorking the kernel coalesces small writes while an
 * earlier packet of the flow waits in a qdisc or device queue.  In a
 * private namespace lo gets a token bucket that lets the handshake through
 * and then holds packets queued; a first write of 1400 bytes uses up the
 * tokens, so its packets wait in the qdisc.  Six writes of 20 bytes
 * (TCP_NODELAY) follow: with autocorking they wait in one growing segment
 * (at most one more data segment sent, bytes not yet sent remain); without
 * it each goes out as its own segment into the queue (the initial
 * congestion window of 10 has room for all).  TCP Small Queues hold
 * segments back too once the bytes in the qdisc pass the pacing rate's
 * share (tcp_small_queue_check: sk_pacing_rate >> 10), a rate that falls
 * with the round trip measured at the handshake: on a slow (emulated) CPU
 * the default slow-start ratio of 200% can leave it below six small
 * segments, so the namespace's tcp_pacing_ss_ratio is set to its maximum
 * (1000%), which keeps Small Queues out of the way for round trips of up
 * to about 20 ms. */
#include "sc.h"
#include "qdisc.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_autocorking_coalesce) = {
	.claim   = "small writes are coalesced while earlier packets of the flow are queued below TCP exactly when tcp_autocorking is on",
	.source  = SC_SRC("man:tcp(7)", "tcp_autocorking: If this option is enabled, the kernel tries to coalesce small writes (from consecutive write(2) and sendmsg(2) calls) as much as possible, in order to decrease the total number of sent packets. Coalescing is done if at least one prior packet for the flow is waiting in Qdisc queues or device transmit queue"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "segments_sent",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "autocork1", .value = 1 },
	{ .name = "autocork0", .value = 0 },
};
SC_VARIANTS(modes);

#define WRITES 6

SC_TEST(tcp_autocorking_coalesce)
{
	const struct mode *V = P->variant;
	static char filler[1400];
	struct sc_tcpinfo t0, t;
	long segs;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_autocorking", V->value);
	sc_sysctl_set_int("net/ipv4/tcp_pacing_ss_ratio", 1000);
	sc_lo_throttle(1500);
	sc_make_pair(P);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_NODELAY, 1);
	sc_send_all(P->a, filler, sizeof filler);
	t0 = sc_tcpinfo(P->a);
	SC_TCPI_NEED(t0, data_segs_out);
	for (int i = 0; i < WRITES; i++)
		sc_send_all(P->a, "0123456789abcdefghij", 20);
	t = sc_tcpinfo(P->a);
	/* data_segs_out counts retransmissions too (of the throttled filler,
	 * on a slow CPU): they are not segments of the writes. */
	segs = (long)(t.data_segs_out - t0.data_segs_out) - (long)(t.total_retrans - t0.total_retrans);
	sc_observe_int("segments_sent", segs);
	sc_observe_int("retransmitted", (long)(t.total_retrans - t0.total_retrans));
	sc_observe_int("notsent_bytes", t.notsent_bytes);
	if (V->value) {
		SC_EXPECT_CMP(segs, <=, 1);
		SC_EXPECT_CMP(t.notsent_bytes, >, 0);
	} else {
		SC_EXPECT_EQ(segs, WRITES);
	}
}
