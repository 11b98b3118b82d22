/* socket(7) SO_KEEPALIVE: enable sending of keep-alive messages on a
 * connection-oriented socket.  With the idle time and interval set to
 * their minimum (1 s, tcp(7) TCP_KEEPIDLE, TCP_KEEPINTVL) an idle
 * connection with the option sends a probe about a second later; the item
 * has a network namespace of its own, so TcpExt TCPKeepAlive counts only
 * its probes. */
#include "sc.h"

SC_CASE(sockopt_keepalive) = {
	.claim  = "an idle connection with SO_KEEPALIVE sends keep-alive probes once the idle time has passed",
	.source = SC_SRC("man:socket(7)", "SO_KEEPALIVE: Enable sending of keep-alive messages on connection-oriented sockets"),
	.kinds  = SC_TCP,
	.fixture = SC_FIX_NONE,
	.needs  = "root",
	.timeout = 8,
	.key    = "probes",
};

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
	long before;

	sc_private_netns();
	sc_make_pair(P);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_KEEPIDLE, IDLE_S);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_KEEPINTVL, IDLE_S);
	before = probes();
	SC_EXPECT_OK(setsockopt(P->a, SOL_SOCKET, SO_KEEPALIVE, &(int){ 1 }, sizeof(int)));
	struct sc_deadline d = sc_deadline(IDLE_S * 1000 + SC_WAIT_MS);
	int sent;

	while (!(sent = probes() > before) && sc_backoff(&d))
		;
	sc_observe_int("probes", probes() - before);
	SC_EXPECT(sent, "no keep-alive probe %d ms after SO_KEEPALIVE with a %d s idle time",
		  d.ms, IDLE_S);
	/* The probe was answered: the connection is still up. */
	sc_expect_established(P, P->a, "state_after_probe");
}
