/* listen(2), NOTES: the maximum length of the queue of incomplete
 * connections can be set with /proc/sys/net/ipv4/tcp_max_syn_backlog;
 * when syncookies are enabled there is no logical maximum and the setting
 * is ignored.  In a network namespace of its own the item sets
 * tcp_max_syn_backlog to 8 and listens with a backlog far larger (64) and
 * TCP_DEFER_ACCEPT, which keeps handshaken connections incomplete (a bare
 * ACK does not complete them).  It counts the connection requests the
 * listener answers before one is dropped: 8 with syncookies off, and with
 * them on (tcp_syncookies 1) all 16 tried. */
#include "sc.h"
#include <stdio.h>

SC_CASE(listen_syn_backlog) = {
	.claim   = "tcp_max_syn_backlog is the maximum number of incomplete connections, unless syncookies are enabled",
	.source  = SC_SRC("man:listen(2)", "incomplete queue: The maximum length of the queue for incomplete sockets can be set using /proc/sys/net/ipv4/tcp_max_syn_backlog"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "incomplete",
};

static const struct cookies {
	SC_VARIANT_HEAD;
	const char *syncookies;
} cookies[] = {
	{ .name = "syncookies0", .src = SC_SRC("man:listen(2)", "incomplete queue: The maximum length of the queue for incomplete sockets can be set using /proc/sys/net/ipv4/tcp_max_syn_backlog"), .syncookies = "0" },
	{ .name = "syncookies1", .src = SC_SRC("man:listen(2)", "syncookies no maximum: When syncookies are enabled there is no logical maximum length and this setting is ignored"), .syncookies = "1" },
};
SC_VARIANTS(cookies);

#define SYN_BACKLOG 8
#define TRIES (2 * SYN_BACKLOG)

SC_TEST(listen_syn_backlog)
{
	const struct cookies *V = P->variant;
	char value[16];
	long n = 0, drops;

	sc_private_netns();
	sc_sysctl_set("net/ipv4/tcp_syncookies", V->syncookies);
	snprintf(value, sizeof value, "%d", SYN_BACKLOG);
	sc_sysctl_set("net/ipv4/tcp_max_syn_backlog", value);
	P->l = sc_bound_socket(P, &P->addr, &P->addrlen);
	SC_SETOPT(P->l, IPPROTO_TCP, TCP_DEFER_ACCEPT, 30);
	SC_REQUIRE_OK(listen(P->l, 64));
	/* The namespace's own count: an MPTCP listener's drops are its TCP
	 * listener's, which no descriptor names. */
	drops = sc_net_counter("netstat", "TcpExt", "ListenDrops");
	if (drops < 0)
		sc_unsupported("no TcpExt ListenDrops in /proc/net/netstat");
	/* Each request is answered (the client is ESTABLISHED, the server's
	 * side waits incomplete) or dropped (a listen drop is counted). */
	for (; n < TRIES; n++) {
		struct sc_res r;
		int fd = sc_connect_nb(P, &r);

		SC_REQUIRE(r.ret == 0 || r.err == EINPROGRESS, "connect() #%ld failed: %s", n, sc_errname(r.err));
		SC_WAIT_UNTIL(sc_tcp_state(fd) == TCP_ESTABLISHED ||
			      sc_net_counter("netstat", "TcpExt", "ListenDrops") > drops,
			      SC_WAIT_MS, "the request to be answered or dropped");
		if (sc_tcp_state(fd) != TCP_ESTABLISHED)
			break;
	}
	sc_observe_int("tcp_max_syn_backlog", SYN_BACKLOG);
	sc_observe_int("incomplete", n);
	if (V->syncookies[0] == '0')
		SC_EXPECT_EQ(n, SYN_BACKLOG);
	else
		SC_EXPECT_EQ(n, TRIES);
}
