/* tcp(7): tcp_ecn 0 neither initiates nor accepts ECN; 1 accepts it when
 * an incoming connection requests it and requests it on outgoing
 * attempts; 2 accepts it but does not request it.  A raw socket watches a
 * real client's SYN (ECE and CWR set: ECN requested) and forges an
 * ECN-setup SYN to a listener (ECE set on its SYN/ACK: ECN accepted). */
#include "sc.h"
#include <stdio.h>
#include "sysctl_text.h"
#include "tcpraw.h"

SC_CASE(tcp_ecn_negotiation) = {
	.claim   = "tcp_ecn decides whether outgoing SYNs request ECN and whether an incoming request for ECN is accepted",
	.source  = SC_SRC("man:tcp(7)", "tcp_ecn: Enable RFC 3168 Explicit Congestion Notification"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "requests_accepts",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value, requests, accepts;
} modes[] = {
	{ .name = "ecn0", .value = 0, .requests = 0, .accepts = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_ecn/0: Disable ECN. Neither initiate nor accept ECN") },
	{ .name = "ecn1", .value = 1, .requests = 1, .accepts = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_ecn/1: Enable ECN when requested by incoming connections and also request ECN on outgoing connection attempts") },
	{ .name = "ecn2", .value = 2, .requests = 0, .accepts = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_ecn/2: Enable ECN when requested by incoming connections, but do not request ECN on outgoing connections") },
};
SC_VARIANTS(modes);

SC_TEST(tcp_ecn_negotiation)
{
	const struct mode *V = P->variant;
	int fam = sc_wire_family(P->kind), raw, lport, sink, requests, accepts;
	struct sc_seg syn, got;
	struct sc_res r;
	char obs[32];

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_ecn", V->value);
	raw = sc_tcpraw(fam);
	sc_listen(P, 8);
	lport = sc_port(P->l);

	/* Outgoing: the client's own SYN. */
	P->a = sc_connect_nb(P, &r);
	SC_REQUIRE(r.ret == 0 || r.err == EINPROGRESS, "connect() failed: %s", sc_errname(r.err));
	SC_REQUIRE(sc_tcpraw_wait(raw, fam, -1, lport, SC_SYN | SC_ACK, SC_SYN, &got, SC_WAIT_MS),
		   "no SYN seen going to the listener");
	requests = (got.flags & (SC_ECE | SC_CWR)) == (SC_ECE | SC_CWR);

	/* Incoming: an ECN-setup SYN from a port whose answers vanish. */
	sink = sc_tcpraw_sink(fam);
	syn = (struct sc_seg){ .sport = sink, .dport = lport, .seq = 7000,
			       .flags = SC_SYN | SC_ECE | SC_CWR, .win = 65535 };
	sc_tcpraw_send(raw, fam, &syn);
	SC_REQUIRE(sc_tcpraw_wait(raw, fam, lport, sink, SC_SYN | SC_ACK, SC_SYN | SC_ACK, &got, SC_WAIT_MS),
		   "no SYN/ACK to the forged SYN");
	accepts = !!(got.flags & SC_ECE);

	snprintf(obs, sizeof obs, "%d/%d", requests, accepts);
	sc_observe_str("requests_accepts", obs);
	SC_EXPECT_EQ(requests, V->requests);
	SC_EXPECT_EQ(accepts, V->accepts);
}
