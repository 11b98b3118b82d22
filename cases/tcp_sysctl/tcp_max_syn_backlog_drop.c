/* tcp(7): tcp_max_syn_backlog is the maximum number of queued connection
 * requests not yet acknowledged by the client; beyond it the kernel drops
 * requests.  Syncookies are off (they would answer instead).  The listener
 * defers accept until data arrives (TCP_DEFER_ACCEPT), so each client's
 * handshake waits on the listener as a request; clients connect one at a
 * time until a SYN is dropped (TcpExt ListenDrops of the namespace). */
#include "sc.h"
#include "sysctl_text.h"

SC_CASE(tcp_max_syn_backlog_drop) = {
	.claim   = "a listener keeps up to tcp_max_syn_backlog pending requests and drops SYNs beyond them",
	.source  = SC_SRC("man:tcp(7)", "tcp_max_syn_backlog: The maximum number of queued connection requests which have still not received an acknowledgement from the connecting client. If this number is exceeded, the kernel will begin dropping requests"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "requests_kept",
};

static const struct size {
	SC_VARIANT_HEAD;
	int max;
} sizes[] = {
	{ .name = "max4", .max = 4 },
	{ .name = "max16", .max = 16 },
};
SC_VARIANTS(sizes);

SC_TEST(tcp_max_syn_backlog_drop)
{
	const struct size *V = P->variant;
	long kept = 0, d0;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_syncookies", 0);
	sc_sysctl_set_int("net/ipv4/tcp_max_syn_backlog", V->max);
	sc_fd_budget(2L * V->max + 8);
	P->l = sc_bound_socket(P, &P->addr, &P->addrlen);
	SC_SETOPT(P->l, IPPROTO_TCP, TCP_DEFER_ACCEPT, 30);
	SC_REQUIRE_OK(listen(P->l, 4 * V->max));
	d0 = sc_tcpext("ListenDrops");
	for (int i = 0; i <= 2 * V->max; i++) {
		struct sc_res r;
		int c = sc_connect_nb(P, &r), st = -1;

		SC_REQUIRE(r.ret == 0 || r.err == EINPROGRESS, "connect() failed: %s", sc_errname(r.err));
		/* Answered (the client is ESTABLISHED) or dropped. */
		SC_WAIT_UNTIL((st = sc_tcp_state(c)) == TCP_ESTABLISHED || sc_tcpext("ListenDrops") > d0, SC_WAIT_MS,
			      "the listener to answer or drop the SYN");
		if (st != TCP_ESTABLISHED)
			break;
		kept++;
	}
	sc_observe_int("requests_kept", kept);
	SC_EXPECT_EQ(kept, V->max);
}
