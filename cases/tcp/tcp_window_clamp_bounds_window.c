/* tcp(7) TCP_WINDOW_CLAMP: bounds the advertised window to the value, with
 * a minimum of SOCK_MIN_RCVBUF/2.  Set on the listener (the accepted socket
 * inherits it), the window the sender sees (its tcpi_snd_wnd) while a
 * receiver keeps reading never exceeds 8192 for a clamp of 8192, and is
 * SOCK_MIN_RCVBUF/2, not 1 byte, for a clamp of 1.  A clamp bounds the
 * window only where the buffer would offer more: with a small tcp_rmem[2]
 * (16384 in a namespace with small buffers) the largest buffer autotuning
 * may grow offers a window of about 10K at most, so there the clamp8192 row
 * clamps at an eighth of tcp_rmem[2] instead, and where that is no more
 * than SOCK_MIN_RCVBUF/2 (the clamp1 row's bound) it has nothing to tell. */
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
	long floor, bound, largest = 0, got = 0, tcp_rmem2 = sc_sysctl("net/ipv4/tcp_rmem", 2);
	int one = 1, scratch, v = V->value;
	struct sc_tcpinfo ti;

	scratch = sc_kind_socket(P->kind);
	/* SOCK_MIN_RCVBUF: what the smallest SO_RCVBUF request yields. */
	SC_REQUIRE_OK(setsockopt(scratch, SOL_SOCKET, SO_RCVBUF, &one, sizeof one));
	floor = sc_sockopt_int(scratch, SO_RCVBUF) / 2;
	sc_observe_int("min_clamp", floor);
	if (v > 1 && v > tcp_rmem2 / 8)
		v = (int)(tcp_rmem2 / 8);
	sc_observe_int("clamp", v);
	sc_listen(P, 1);
	SC_CLAIM_OPT(P->l, IPPROTO_TCP, TCP_WINDOW_CLAMP, v);
	if (V->value > 1 && v <= floor)
		sc_unsupported("tcp_rmem[2] is %ld: a clamp below the window its buffer offers (%d) is "
			       "no more than SOCK_MIN_RCVBUF/2 (%ld)", tcp_rmem2, v, floor);
	P->a = sc_connect(P);
	P->b = sc_accept(P, SC_WAIT_MS);
	ti = sc_tcpinfo(P->a);
	SC_TCPI_NEED(ti, snd_wnd);
	sc_observe_int("first_window", ti.snd_wnd);
	/* Many windows' worth, read as it comes: the window is offered again
	 * and again.  The sender queues only what its buffer takes at once:
	 * a buffer of 16K (tcp_wmem[2]) beside a small window holds less than
	 * a chunk, and a blocking send() would wait for the reads after it. */
	sc_set_nonblock(P->a, 1);
	for (long sent = 0, total = 16 * (long)sizeof chunk; got < total;) {
		size_t n = total - sent < (long)sizeof chunk ? (size_t)(total - sent) : sizeof chunk;
		ssize_t w = n ? send(P->a, chunk, n, MSG_NOSIGNAL) : 0, r;

		if (w < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
			sc_broken("send() failed after %ld bytes: %s", sent, sc_errname(errno));
		if (w > 0)
			sent += w;
		ti = sc_tcpinfo(P->a);
		if ((long)ti.snd_wnd > largest)
			largest = ti.snd_wnd;
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "data at the receiver");
		r = recv(P->b, sink, sizeof sink, MSG_DONTWAIT);
		if (r == 0 || (r < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
			sc_broken("recv() at the receiver failed after %ld bytes: %s", got,
				  r < 0 ? sc_errname(errno) : "end of file");
		if (r > 0)
			got += r;
	}
	sc_observe_int("clamp_after", sc_getopt_int(P->b, IPPROTO_TCP, TCP_WINDOW_CLAMP));
	ti = sc_tcpinfo(P->b);
	bound = (v > floor ? v : floor) + (1L << ti.rcv_wscale);
	sc_observe_int("largest_window", largest);
	sc_observe_int("rcv_wscale", ti.rcv_wscale);
	SC_EXPECT_CMP(largest, <=, bound);
	SC_EXPECT_CMP(largest, >=, (v > floor ? v : floor) / 2);
}
