/* tcp(7): the socket buffer size must be set before listen(2) or
 * connect(2) to take effect.  A small receive buffer (SO_RCVBUF 4096) set
 * on the accepted socket after the connection is made should leave it
 * taking as much as a default socket; set on the listener before, it holds
 * the receiver to little.  Compared by what the non-reading receiver holds
 * when its window closes.  Where the default buffer (tcp_rmem[1]) is itself
 * small, 4096 would be no smaller: the value asked is then an eighth of the
 * default, and where even the least buffer (SOCK_MIN_RCVBUF) is not below
 * half the default there is nothing to compare. */
#include "sc.h"

SC_CASE(tcp_buffer_before_connect) = {
	.claim   = "SO_RCVBUF set after the connection is made has no effect (the receiver holds as much as by default)",
	.source  = SC_SRC("man:tcp(7)", "buffer before connect: the socket buffer size must be set prior to the listen(2) or connect(2) calls in order to have it take effect"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "held_after",
};

/* What the non-reading receiver of a fresh connection holds when its
 * window closes, SO_RCVBUF v set on the listener (before) or on the
 * accepted socket (after), or not at all (v == 0). */
static long held(struct sc_pair *P, int v, int before)
{
	static char chunk[65536];
	long sent = 0, inq;
	int l, a, b;

	sc_listen(P, 1);
	l = P->l;
	if (v && before)
		SC_REQUIRE_OK(setsockopt(l, SOL_SOCKET, SO_RCVBUF, &v, sizeof v));
	a = sc_connect(P);
	b = sc_accept(P, SC_WAIT_MS);
	if (v && !before)
		SC_REQUIRE_OK(setsockopt(b, SOL_SOCKET, SO_RCVBUF, &v, sizeof v));
	sc_set_nonblock(a, 1);
	for (int i = 0; i < 16; i++) {
		ssize_t w = send(a, chunk, sizeof chunk, MSG_NOSIGNAL);

		if (w > 0)
			sent += w;
	}
	SC_WAIT_UNTIL(sc_inq(b) > 0 && sc_outq(a) + sc_inq(b) == sent, SC_WAIT_MS,
		      "the receiver's window to close");
	inq = sc_inq(b);
	sc_close(&a);
	sc_close(&b);
	sc_close(&P->l);
	return inq;
}

SC_TEST(tcp_buffer_before_connect)
{
	int fd = sc_kind_socket(P->kind), v;
	long dflt_buf = sc_sockopt_int(fd, SO_RCVBUF), small_buf, dflt, before, after;

	v = dflt_buf / 8 < 4096 ? (int)(dflt_buf / 8) : 4096;
	SC_REQUIRE_OK(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, sizeof v));
	small_buf = sc_sockopt_int(fd, SO_RCVBUF);
	sc_close(&fd);
	sc_observe_int("default_rcvbuf", dflt_buf);
	sc_observe_int("asked", v);
	sc_observe_int("small_rcvbuf", small_buf);
	if (2 * small_buf > dflt_buf)
		sc_unsupported("a new socket's receive buffer is %ld (tcp_rmem[1]) and SO_RCVBUF %d "
			       "gives %ld, not below half of it: no buffer small enough to tell apart",
			       dflt_buf, v, small_buf);
	dflt = held(P, 0, 0);
	before = held(P, v, 1);
	after = held(P, v, 0);
	sc_observe_int("held_default", dflt);
	sc_observe_int("held_before", before);
	sc_observe_int("held_after", after);
	SC_REQUIRE(before < dflt, "SO_RCVBUF set before listen() had no effect (%ld vs %ld)", before, dflt);
	/* No effect: as much as a default receiver, give or take. */
	SC_EXPECT_CMP(after, >=, dflt * 3 / 4);
}
