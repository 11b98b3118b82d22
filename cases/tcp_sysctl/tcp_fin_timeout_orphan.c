/* tcp(7): tcp_fin_timeout is how many seconds a closed socket waits for
 * the peer's final FIN before it is forcibly closed.  With tcp_fin_timeout
 * 1 in a private namespace, a socket closed while its peer keeps its own
 * side open sits in FIN_WAIT2 (/proc/net/tcp) for about a second, then is
 * gone. */
#include "sc.h"
#include "sysctl_text.h"

SC_CASE(tcp_fin_timeout_orphan) = {
	.claim   = "a closed socket left waiting for the peer's FIN is removed after tcp_fin_timeout seconds",
	.source  = SC_SRC("man:tcp(7)", "tcp_fin_timeout: This specifies how many seconds to wait for a final FIN packet before the socket is forcibly closed"),
	.kinds   = SC_TCP,
	.key     = "fin_wait2_ms",
	.timeout = 8,
};

SC_TEST(tcp_fin_timeout_orphan)
{
	int fam = P->kind->domain, lport, rport, st;
	struct sc_deadline d;
	long long t0;
	long ms;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_fin_timeout", 1);
	sc_make_pair(P);
	lport = sc_port(P->a);
	rport = sc_port(P->b);
	/* Timed from close(): the socket enters FIN_WAIT2 as soon as its FIN
	 * is acknowledged (at once over loopback), while a slow observer
	 * (valgrind reading /proc/net/tcp) may see it there only later. */
	t0 = sc_now_us();
	sc_close(&P->a);
	d = sc_deadline(SC_BLOCKED_MS);
	while ((st = sc_proc_tcp(fam, lport, rport, NULL)) != TCP_FIN_WAIT2)
		if (!sc_backoff(&d)) {
			sc_observe_str("state_after_close", st < 0 ? "gone" : sc_tcp_state_name(st));
			sc_deviates("%d ms after close() the socket is %s, not waiting in FIN_WAIT2",
				    sc_ms(SC_BLOCKED_MS), st < 0 ? "gone" : sc_tcp_state_name(st));
		}
	SC_WAIT_UNTIL((st = sc_proc_tcp(fam, lport, rport, NULL)) != TCP_FIN_WAIT2, 5000,
		      "the FIN_WAIT2 socket to go");
	ms = (sc_now_us() - t0) / 1000;
	sc_observe_int("fin_wait2_ms", ms);
	sc_observe_str("then", st < 0 ? "gone" : sc_tcp_state_name(st));
	SC_EXPECT(st < 0, "the socket went to %s, not away", sc_tcp_state_name(st));
	SC_EXPECT(ms >= 800 && ms <= 2000, "the socket waited %ld ms in FIN_WAIT2, not about 1000", ms);
}
