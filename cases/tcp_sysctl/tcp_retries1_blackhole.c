/* tcp(7): after tcp_retries1 retransmissions TCP first has the network
 * layer update the route before each new retransmission.  That step is
 * also when the kernel suspects a black hole: with tcp_mtu_probing 1 it
 * turns MTU probing on and the sending MSS falls to tcp_base_mss, which
 * makes the moment visible.  The peer is made deaf after the handshake;
 * the retransmissions counted before the MSS falls are tcp_retries1. */
#include "sc.h"
#include "blackhole.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_retries1_blackhole) = {
	.claim   = "TCP turns to the network layer (black-hole detection) once tcp_retries1 retransmissions went unanswered",
	.source  = SC_SRC("man:tcp(7)", "tcp_retries1: Once we exceed this number of retransmits, we first have the network layer update the route if possible before each new retransmit"),
	.kinds   = SC_TCP,
	.key     = "retransmits_before",
	.timeout = 8,
};

#define RETRIES 0

SC_TEST(tcp_retries1_blackhole)
{
	struct sc_tcpinfo t;
	long before, seen = 0;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_mtu_probing", 1);
	sc_sysctl_set_int("net/ipv4/tcp_retries1", RETRIES);
	/* No tail loss probe: only retransmission timeouts retransmit. */
	sc_sysctl_set_int("net/ipv4/tcp_early_retrans", 0);
	sc_make_pair(P);
	t = sc_tcpinfo(P->a);
	before = t.snd_mss;
	sc_blackhole(P->b);
	sc_send_all(P->a, "x", 1);
	/* Timeouts are hundreds of milliseconds apart: the last count seen
	 * with the old MSS is the count when the kernel acted. */
	SC_WAIT_UNTIL((t = sc_tcpinfo(P->a), (long)t.snd_mss == before ? (seen = t.total_retrans, 0) : 1),
		      5000, "the sending MSS to fall on the black hole");
	sc_observe_int("retransmits_before", seen);
	sc_observe_int("snd_mss_after", t.snd_mss);
	SC_EXPECT_EQ(seen, RETRIES);
}
