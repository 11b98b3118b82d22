/* socket(7) SO_KEEPALIVE: enable sending of keep-alive messages on a
 * connection-oriented socket.  With the idle time set to its minimum
 * (1 s, tcp(7) TCP_KEEPIDLE), the option arms the keepalive timer at once
 * (/proc/net/tcp shows the socket timer, due within the idle time), and
 * an idle connection sends a probe about a second later; the item has a
 * network namespace of its own, so TcpExt TCPKeepAlive counts only its
 * probes.  Waiting for the probe takes the second: the plain TCP kinds
 * do it, every TCP kind shows the timer. */
#include "sc.h"

SC_CASE(sockopt_keepalive) = {
	.claim  = "an idle connection with SO_KEEPALIVE sends keep-alive probes once the idle time has passed",
	.source = SC_SRC("man:socket(7)", "SO_KEEPALIVE: Enable sending of keep-alive messages on connection-oriented sockets"),
	.kinds  = SC_TCP,
	.fixture = SC_FIX_NONE,
	.needs  = "root",
	.timeout = 8,
	.key    = "keepalive",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int probe;
} variants[] = {
	{ .name = "timer", .probe = 0 },
	{ .name = "probe", .probe = 1, .kinds = SC_PLAIN },
};
SC_VARIANTS(variants);

#define IDLE_S 1

static long probes(void)
{
	long n = sc_net_counter("netstat", "TcpExt", "TCPKeepAlive");

	if (n < 0)
		sc_unsupported("no TcpExt TCPKeepAlive counter in /proc/net/netstat");
	return n;
}

SC_TEST(sockopt_keepalive)
{
	const struct variant *V = P->variant;
	long before;

	sc_private_netns();
	sc_make_pair(P);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_KEEPIDLE, IDLE_S);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_KEEPINTVL, IDLE_S);
	if (!V->probe) {
		long left, left_off;
		int off = sc_proc_tcp_timer(P->kind->domain, sc_port(P->a), sc_port(P->b), &left_off), on;

		SC_EXPECT_OK(setsockopt(P->a, SOL_SOCKET, SO_KEEPALIVE, &(int){ 1 }, sizeof(int)));
		on = sc_proc_tcp_timer(P->kind->domain, sc_port(P->a), sc_port(P->b), &left);
		sc_observe_int("timer_before", off);
		sc_observe_int("timer", on);
		sc_observe_int("due_in_ms", left);
		sc_observe_str("keepalive", on == 2 ? "armed" : "not armed");
		SC_EXPECT(off != 2, "the socket timer runs before SO_KEEPALIVE (timer %d)", off);
		SC_EXPECT(on == 2 && left <= IDLE_S * 1000,
			  "after SO_KEEPALIVE /proc/net/tcp shows timer %d due in %ld ms, not the keepalive timer within %d s",
			  on, left, IDLE_S);
		return;
	}
	before = probes();
	SC_EXPECT_OK(setsockopt(P->a, SOL_SOCKET, SO_KEEPALIVE, &(int){ 1 }, sizeof(int)));
	struct sc_deadline d = sc_deadline(IDLE_S * 1000 + SC_WAIT_MS);
	int sent = 0;

	while (!sent && sc_backoff(&d))
		sent = probes() > before;
	sc_observe_int("probes", probes() - before);
	sc_observe_str("keepalive", sent ? "probe sent" : "no probe");
	SC_EXPECT(sent, "no keep-alive probe %d ms after SO_KEEPALIVE with a %d s idle time",
		  d.ms, IDLE_S);
	/* The probe was answered: the connection is still up. */
	sc_expect_established(P, P->a, "state_after_probe");
}
