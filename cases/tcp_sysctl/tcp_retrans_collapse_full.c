/* tcp(7): tcp_retrans_collapse makes TCP try to send full-sized packets
 * when it retransmits.  Three small segments (TCP_NODELAY) reach the
 * receiver, which reads them, but the sender is deaf to the ACKs; at the
 * retransmission timeout it resends either all three bytes' worth merged
 * into one segment (collapse on) or the first segment alone (off), as its
 * count of retransmitted bytes (tcpi_bytes_retrans) shows. */
#include "sc.h"
#include "blackhole.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_retrans_collapse_full) = {
	.claim   = "with tcp_retrans_collapse a retransmission merges small queued segments; without it the first is resent alone",
	.source  = SC_SRC("man:tcp(7)", "tcp_retrans_collapse: Try to send full-sized packets during retransmit"),
	.kinds   = SC_TCP,
	.key     = "bytes_retransmitted",
	.timeout = 8,
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "collapse1", .value = 1 },
	{ .name = "collapse0", .value = 0 },
};
SC_VARIANTS(modes);

#define PIECE 100
#define PIECES 3

SC_TEST(tcp_retrans_collapse_full)
{
	const struct mode *V = P->variant;
	static char buf[PIECE * PIECES];
	struct sc_tcpinfo t;
	size_t got = 0;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_retrans_collapse", V->value);
	/* No tail loss probe: the first retransmission is the timeout's. */
	sc_sysctl_set_int("net/ipv4/tcp_early_retrans", 0);
	sc_make_pair(P);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_NODELAY, 1);
	sc_blackhole(P->a);
	for (int i = 0; i < PIECES; i++)
		sc_send_all(P->a, buf, PIECE);
	/* Read it all, so the sender's copies are its own again. */
	while (got < sizeof buf) {
		ssize_t n;

		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the segments at the receiver");
		n = recv(P->b, buf, sizeof buf, MSG_DONTWAIT);
		SC_REQUIRE(n > 0, "recv() failed: %s", sc_errname(errno));
		got += (size_t)n;
	}
	SC_WAIT_UNTIL((t = sc_tcpinfo(P->a), t.total_retrans >= 1), 4000, "the first retransmission");
	SC_TCPI_NEED(t, bytes_retrans);
	sc_observe_int("bytes_retransmitted", t.bytes_retrans);
	SC_EXPECT_EQ(t.bytes_retrans, V->value ? PIECE * PIECES : PIECE);
}
