/* tcp(7): tcp_dsack enables RFC 2883 duplicate SACKs.  The sender is made
 * deaf (its socket filter drops the receiver's ACKs), so it retransmits
 * what the receiver already has; the receiver reports the duplicate with
 * a D-SACK (TcpExt TCPDSACKOldSent of its namespace) only when tcp_dsack
 * is on.  TcpExt DelayedACKLost shows the duplicate arrived either way. */
#include "sc.h"
#include "blackhole.h"
#include "sysctl_text.h"

SC_CASE(tcp_dsack_sent) = {
	.claim   = "a receiver answers a duplicate segment with a D-SACK exactly when tcp_dsack is on",
	.source  = SC_SRC("man:tcp(7)", "tcp_dsack: Enable RFC 2883 TCP Duplicate SACK support"),
	.kinds   = SC_TCP,
	.key     = "dsacks_sent",
	.timeout = 8,
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "dsack1", .value = 1 },
	{ .name = "dsack0", .value = 0 },
};
SC_VARIANTS(modes);

SC_TEST(tcp_dsack_sent)
{
	const struct mode *V = P->variant;
	long dup0, ds0, ds;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_dsack", V->value);
	sc_make_pair(P);
	dup0 = sc_tcpext("DelayedACKLost");
	ds0 = sc_tcpext("TCPDSACKOldSent");
	sc_blackhole(P->a);
	sc_send_all(P->a, "x", 1);
	SC_WAIT_UNTIL(sc_tcpext("DelayedACKLost") > dup0, 4000, "a duplicate segment at the receiver");
	ds = sc_tcpext("TCPDSACKOldSent") - ds0;
	sc_observe_int("dsacks_sent", ds);
	if (V->value)
		SC_EXPECT_CMP(ds, >=, 1);
	else
		SC_EXPECT_EQ(ds, 0);
}
