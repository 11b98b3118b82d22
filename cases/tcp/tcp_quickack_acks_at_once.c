/* tcp(7) TCP_QUICKACK: in quickack mode ACKs are sent at once rather than
 * delayed; clearing the option leaves quickack mode.  The receiver's mode
 * shows at the sender: right after a one-byte send the byte is already
 * acknowledged (quickack) or still unacknowledged (delayed ACK). */
#include "sc.h"
#include "optclaim.h"
#include "tcpinfo.h"

SC_CASE(tcp_quickack_acks_at_once) = {
	.claim  = "with TCP_QUICKACK set the receiver acknowledges at once; cleared, its ACK is delayed",
	.source = SC_SRC("man:tcp(7)", "TCP_QUICKACK: Enable quickack mode if set or disable quickack mode if cleared. In quickack mode, acks are sent immediately, rather than delayed if needed"),
	.kinds  = SC_TCP,
	.key    = "ack_us",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int quick;
} modes[] = {
	{ .name = "quickack", .quick = 1 },
	{ .name = "delayed", .quick = 0 },
};
SC_VARIANTS(modes);

#define DELACK_MIN_US 40000	/* TCP_DELACK_MIN */

SC_TEST(tcp_quickack_acks_at_once)
{
	const struct mode *V = P->variant;
	long long t0, us, read_us;
	uint32_t unacked;

	int tries = 0;

	SC_CLAIM_OPT(P->b, IPPROTO_TCP, TCP_QUICKACK, V->quick);
	do {
		t0 = sc_now_us();
		SC_EXPECT_RET(send(P->a, "x", 1, 0), 1);
		unacked = sc_tcpinfo(P->a).unacked;
		read_us = sc_now_us() - t0;
		SC_WAIT_UNTIL(sc_tcpinfo(P->a).unacked == 0, SC_WAIT_MS, "the receiver's ACK");
		us = sc_now_us() - t0;
		/* Read as late as a delayed ACK (a slow emulated CPU), an ACK
		 * already in says nothing: send another byte. */
	} while (!V->quick && unacked == 0 && read_us >= DELACK_MIN_US && ++tries < 5);
	if (tries == 5)
		sc_unsupported("TCP_INFO was read %lld us or more after send(), five times: no earlier than a "
			       "delayed ACK can come (40 ms), so it cannot tell one", read_us);
	sc_observe_int("unacked_after_send", unacked);
	sc_observe_int("ack_us", us);
	if (V->quick) {
		/* On loopback the ACK comes back inside the send() itself; where
		 * the softirq is put off (ksoftirqd under load) it still comes
		 * before a delayed ACK could (TCP_DELACK_MIN, 40 ms). */
		SC_EXPECT(unacked == 0 || us < DELACK_MIN_US, "the byte was acknowledged after %lld us", us);
		return;
	}
	SC_EXPECT_EQ(unacked, 1);
	SC_EXPECT_CMP(us, >=, 10000);
}
