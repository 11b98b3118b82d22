/* tcp(7): tcp_syncookies 0 disables syncookies, 1 sends them when the SYN
 * backlog queue of a socket overflows, 2 sends them unconditionally.  The
 * listener defers accept until data arrives, so each client's handshake
 * stays queued as a request; clients connect one at a time until one SYN
 * is answered with a cookie (TcpExt SyncookiesSent of the namespace) or
 * dropped (TcpExt ListenDrops).  Where that happens tells the mode: at the
 * first SYN (unconditional), once requests are queued (on overflow), or
 * never a cookie but a drop (off). */
#include "sc.h"
#include "sysctl_text.h"

SC_CASE(tcp_syncookies_mode) = {
	.claim   = "syncookies are never sent (0), sent when a listener's SYN queue overflows (1), or sent for every SYN (2)",
	.source  = SC_SRC("man:tcp(7)", "tcp_syncookies: Enable TCP syncookies"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "cookies",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "cookies0", .value = 0,
	  .src = SC_SRC("man:tcp(7)", "tcp_syncookies/0: Disable TCP syncookies") },
	{ .name = "cookies1", .value = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_syncookies/1: Send out syncookies when the syn backlog queue of a socket overflows") },
	{ .name = "cookies2", .value = 2,
	  .src = SC_SRC("man:tcp(7)", "tcp_syncookies/2: (since Linux 3.12) Send out syncookies unconditionally") },
};
SC_VARIANTS(modes);

#define TRIES 6

SC_TEST(tcp_syncookies_mode)
{
	const struct mode *V = P->variant;
	long c0, d0, cookie_at = -1, drop_at = -1;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_syncookies", V->value);
	P->l = sc_bound_socket(P, &P->addr, &P->addrlen);
	SC_SETOPT(P->l, IPPROTO_TCP, TCP_DEFER_ACCEPT, 30);
	SC_REQUIRE_OK(listen(P->l, 1));
	c0 = sc_tcpext("SyncookiesSent");
	d0 = sc_tcpext("ListenDrops");
	for (int i = 0; i < TRIES && cookie_at < 0 && drop_at < 0; i++) {
		struct sc_res r;
		int c = sc_connect_nb(P, &r);

		SC_REQUIRE(r.ret == 0 || r.err == EINPROGRESS, "connect() failed: %s", sc_errname(r.err));
		/* Answered (a request or a cookie) or dropped. */
		SC_WAIT_UNTIL(sc_tcp_state(c) == TCP_ESTABLISHED || sc_tcpext("ListenDrops") > d0,
			      SC_WAIT_MS, "the listener to answer or drop the SYN");
		if (sc_tcpext("SyncookiesSent") > c0)
			cookie_at = i;
		else if (sc_tcpext("ListenDrops") > d0)
			drop_at = i;
	}
	sc_observe_int("first_cookie_at", cookie_at);
	sc_observe_int("first_drop_at", drop_at);
	sc_observe_str("cookies", cookie_at == 0 ? "always" : cookie_at > 0 ? "on_overflow" : "never");
	switch (V->value) {
	case 0:
		SC_EXPECT(cookie_at < 0, "SYN #%ld was answered with a cookie", cookie_at);
		SC_EXPECT(drop_at > 0, "no SYN was dropped in %d tries", TRIES);
		break;
	case 1:
		SC_EXPECT(cookie_at > 0, cookie_at == 0 ? "the first SYN got a cookie, with no queue to overflow"
						       : "no cookie in %d tries", TRIES);
		SC_EXPECT(drop_at < 0, "SYN #%ld was dropped instead of answered with a cookie", drop_at);
		break;
	default:
		SC_EXPECT_EQ(cookie_at, 0);
	}
}
