/* tcp(7): with tcp_ecn_fallback enabled, an ECN-setup SYN that times out
 * is resent with CWR and ECE cleared (RFC 3168, 6.1.1.1).  With tcp_ecn 1
 * a client connects to a listener whose full accept queue drops SYNs; a
 * raw socket watches its first SYN and the retransmission a second later. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpraw.h"

SC_CASE(tcp_ecn_fallback_syn) = {
	.claim   = "a retransmitted ECN-setup SYN has ECE and CWR cleared when tcp_ecn_fallback is on, kept when it is off",
	.source  = SC_SRC("man:tcp(7)", "tcp_ecn_fallback: When enabled, outgoing ECN-setup SYNs that time out within the normal SYN retransmission timeout will be resent with CWR and ECE cleared"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "retransmitted_ece_cwr",
	.timeout = 8,       /* the SYN retransmission timer: 1 s */
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "fallback1", .value = 1 },
};
SC_VARIANTS(modes);

SC_TEST(tcp_ecn_fallback_syn)
{
	const struct mode *V = P->variant;
	int fam = sc_wire_family(P->kind), raw, lport, cport, over, err, first, again;
	struct sc_seg got;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_ecn", 1);
	sc_sysctl_set_int("net/ipv4/tcp_ecn_fallback", V->value);
	sc_listen(P, 0);
	lport = sc_port(P->l);
	raw = sc_tcpraw(fam);
	sc_fill_queue(P, 4, &over, &err);
	SC_REQUIRE(over >= 0, "every connection fitted in the accept queue");
	cport = sc_port(over);
	SC_REQUIRE(sc_tcpraw_wait(raw, fam, cport, lport, SC_SYN | SC_ACK, SC_SYN, &got, SC_WAIT_MS),
		   "the dropped client's SYN was not seen");
	first = got.flags & (SC_ECE | SC_CWR);
	SC_REQUIRE(first == (SC_ECE | SC_CWR), "the first SYN is not ECN-setup (flags %#x)", got.flags);
	SC_REQUIRE(sc_tcpraw_wait(raw, fam, cport, lport, SC_SYN | SC_ACK, SC_SYN, &got, 4000),
		   "no retransmitted SYN within 4 s");
	again = got.flags & (SC_ECE | SC_CWR);
	sc_observe_int("retransmitted_ece_cwr", again == (SC_ECE | SC_CWR));
	if (V->value)
		SC_EXPECT(again == 0, "the retransmitted SYN still has flags %#x", again);
	else
		SC_EXPECT(again == (SC_ECE | SC_CWR), "the retransmitted SYN lost ECE/CWR (%#x)", again);
}
