/* tcp(7): tcp_synack_retries is the maximum number of times a SYN/ACK of a
 * passive connection is retransmitted.  A lone SYN is forged through a raw
 * socket from the port of a deaf listener (its socket filter drops the
 * SYN/ACKs, so nothing acknowledges or resets them); the SYN/ACKs the
 * listener sends are counted until its request is dropped.  With
 * tcp_synack_retries 0 that is one SYN/ACK and no retransmission: the
 * request goes at the first timeout, a second later. */
#include "sc.h"
#include "sysctl_text.h"
#include "tcpraw.h"

SC_CASE(tcp_synack_retries_limit) = {
	.claim   = "an unanswered SYN/ACK is retransmitted tcp_synack_retries times, then the request is dropped",
	.source  = SC_SRC("man:tcp(7)", "tcp_synack_retries: The maximum number of times a SYN/ACK segment for a passive TCP connection will be retransmitted"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "synacks",
	.timeout = 8,       /* the SYN/ACK timer: 1 s */
};

#define RETRIES 0

SC_TEST(tcp_synack_retries_limit)
{
	struct sc_seg syn = { 0 }, got;
	int fam = sc_wire_family(P->kind), raw, lport, sport, synacks = 0, st;
	long long t0;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_synack_retries", RETRIES);
	sc_listen(P, 8);
	lport = sc_port(P->l);
	sport = sc_tcpraw_sink(fam);
	raw = sc_tcpraw(fam);

	syn = (struct sc_seg){ .sport = sport, .dport = lport, .seq = 1000, .flags = SC_SYN, .win = 65535 };
	t0 = sc_now_us();
	sc_tcpraw_send(raw, fam, &syn);
	/* The request lives until the SYN/ACK timer gives up; count every
	 * SYN/ACK the listener sends meanwhile. */
	for (;;) {
		if (sc_tcpraw_wait(raw, fam, lport, sport, SC_SYN | SC_ACK, SC_SYN | SC_ACK, &got, 50))
			synacks++;
		st = sc_proc_tcp(P->kind->domain, lport, sport, NULL);
		if (st != TCP_SYN_RECV && synacks > 0)
			break;
		if (sc_now_us() - t0 > sc_ms(8000) * 1000LL)
			sc_timeout("the request was still pending after 8 s (%d SYN/ACKs)", synacks);
	}
	/* A SYN/ACK sent just before the request went could still be queued. */
	while (sc_tcpraw_wait(raw, fam, lport, sport, SC_SYN | SC_ACK, SC_SYN | SC_ACK, &got, 0))
		synacks++;
	sc_observe_int("synacks", synacks);
	sc_observe_int("request_lifetime_ms", (sc_now_us() - t0) / 1000);
	SC_EXPECT_EQ(synacks, 1 + RETRIES);
}
