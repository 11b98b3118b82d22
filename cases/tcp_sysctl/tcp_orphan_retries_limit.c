/* tcp(7): tcp_orphan_retries is the maximum number of attempts made to
 * probe the other end of a connection closed by our end.  The peer is
 * made deaf; a byte is written and the socket closed, leaving an orphan
 * retransmitting data and FIN.  With tcp_orphan_retries 1 it retransmits
 * once (its count in /proc/net/tcp) and is then gone.  (Not 0: the kernel
 * reads 0 as 8.) */
#include "sc.h"
#include "blackhole.h"
#include "sysctl_text.h"
#include "tcpread.h"

SC_CASE(tcp_orphan_retries_limit) = {
	.claim   = "a socket closed by our end retransmits to an unanswering peer tcp_orphan_retries times, then is dropped",
	.source  = SC_SRC("man:tcp(7)", "tcp_orphan_retries: The maximum number of attempts made to probe the other end of a connection which has been closed by our end"),
	.kinds   = SC_TCP,
	.key     = "retransmits",
	.timeout = 8,
};

#define RETRIES 1

SC_TEST(tcp_orphan_retries_limit)
{
	int fam = P->kind->domain, lport, rport;
	long most = 0, n;
	long long t0;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_orphan_retries", RETRIES);
	/* No tail loss probe: only retransmission timeouts retransmit. */
	sc_sysctl_set_int("net/ipv4/tcp_early_retrans", 0);
	sc_make_pair(P);
	sc_blackhole(P->b);
	lport = sc_port(P->a);
	rport = sc_port(P->b);
	sc_send_all(P->a, "x", 1);
	sc_close(&P->a);
	t0 = sc_now_us();
	SC_WAIT_UNTIL((n = sc_proc_tcp_retrans(fam, lport, rport), most = n > most ? n : most, n < 0),
		      5000, "the orphan to be dropped");
	sc_observe_int("dropped_after_ms", (sc_now_us() - t0) / 1000);
	sc_observe_int("retransmits", most);
	SC_EXPECT_EQ(most, RETRIES);
}
