/* tcp(7) TCP_WINDOW_CLAMP: bounds the advertised window to the value, with
 * a minimum of SOCK_MIN_RCVBUF/2.  Set on the listener (the accepted socket
 * inherits it), the window the sender sees (its tcpi_snd_wnd) while a
 * receiver keeps reading never exceeds 8192 for a clamp of 8192, and is
 * SOCK_MIN_RCVBUF/2, not 1 byte, for a clamp of 1. */
#include "sc.h"
#include "optclaim.h"
#include "tcpinfo.h"

SC_CASE(tcp_window_clamp_bounds_window) = {
	.claim   = "the window a receiver with TCP_WINDOW_CLAMP v advertises is at most max(v, SOCK_MIN_RCVBUF/2) (to the window's scale)",
	.source  = SC_SRC("man:tcp(7)", "TCP_WINDOW_CLAMP: Bound the size of the advertised window to this value. The kernel imposes a minimum size of SOCK_MIN_RCVBUF/2."),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "largest_window",
};

static const struct clamp {
	SC_VARIANT_HEAD;
	int value;
} clamps[] = {
	{ .name = "clamp8192", .value = 8192 },
	{ .name = "clamp1", .value = 1 },
};
SC_VARIANTS(clamps);

SC_TEST(tcp_window_clamp_bounds_window)
{
	const struct clamp *V = P->variant;
	static char chunk[16384], sink[65536];
	long floor, bound, largest = 0, got = 0;
	int one = 1, scratch;
	struct sc_tcpinfo ti;

	scratch = sc_kind_socket(P->kind);
	/* SOCK_MIN_RCVBUF: what the smallest SO_RCVBUF request yields. */
	SC_REQUIRE_OK(setsockopt(scratch, SOL_SOCKET, SO_RCVBUF, &one, sizeof one));
	floor = sc_sockopt_int(scratch, SO_RCVBUF) / 2;
	sc_observe_int("min_clamp", floor);
	sc_listen(P, 1);
	SC_CLAIM_OPT(P->l, IPPROTO_TCP, TCP_WINDOW_CLAMP, V->value);
	P->a = sc_connect(P);
	P->b = sc_accept(P, SC_WAIT_MS);
	ti = sc_tcpinfo(P->a);
	SC_TCPI_NEED(ti, snd_wnd);
	sc_observe_int("first_window", ti.snd_wnd);
	/* Many windows' worth, read as it comes: the window is offered again
	 * and again. */
	for (int i = 0; i < 16; i++) {
		sc_send_all(P->a, chunk, sizeof chunk);
		for (long want = (long)(i + 1) * (long)sizeof chunk; got < want;) {
			ti = sc_tcpinfo(P->a);
			if ((long)ti.snd_wnd > largest)
				largest = ti.snd_wnd;
			sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "data at the receiver");
			got += recv(P->b, sink, sizeof sink, MSG_DONTWAIT);
		}
	}
	sc_observe_int("clamp_after", sc_getopt_int(P->b, IPPROTO_TCP, TCP_WINDOW_CLAMP));
	ti = sc_tcpinfo(P->b);
	bound = (V->value > floor ? V->value : floor) + (1L << ti.rcv_wscale);
	sc_observe_int("largest_window", largest);
	sc_observe_int("rcv_wscale", ti.rcv_wscale);
	SC_EXPECT_CMP(largest, <=, bound);
	SC_EXPECT_CMP(largest, >=, (V->value > floor ? V->value : floor) / 2);
}
