/* tcp(7): TCP allocates twice the buffer size requested with setsockopt,
 * the extra space for its own bookkeeping.  A receive buffer of 8192
 * requested on the listener (inherited by the accepted socket) reads back
 * as 16384, and the receiver, not reading, still takes in the 8192 bytes
 * requested before its window closes. */
#include "sc.h"

SC_CASE(tcp_buffer_doubled) = {
	.claim   = "SO_RCVBUF v gives a TCP socket a 2v buffer: it reads back 2v and holds at least v bytes of data",
	.source  = SC_SRC("man:tcp(7)", "buffer doubled: Note that TCP actually allocates twice the size of the buffer requested in the setsockopt(2) call"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "held",
};

#define REQ 8192

SC_TEST(tcp_buffer_doubled)
{
	static char chunk[65536];
	long sent = 0;
	int v = REQ;

	sc_listen(P, 1);
	SC_REQUIRE_OK(setsockopt(P->l, SOL_SOCKET, SO_RCVBUF, &v, sizeof v));
	P->a = sc_connect(P);
	P->b = sc_accept(P, SC_WAIT_MS);
	sc_observe_int("rcvbuf", sc_sockopt_int(P->b, SO_RCVBUF));
	SC_EXPECT_EQ(sc_sockopt_int(P->b, SO_RCVBUF), 2 * REQ);
	sc_set_nonblock(P->a, 1);
	for (int i = 0; i < 4; i++) {
		ssize_t w = send(P->a, chunk, sizeof chunk, MSG_NOSIGNAL);

		if (w > 0)
			sent += w;
	}
	SC_WAIT_UNTIL(sc_inq(P->b) > 0 && sc_outq(P->a) + sc_inq(P->b) == sent, SC_WAIT_MS,
		      "the receiver's window to close");
	sc_observe_int("held", sc_inq(P->b));
	SC_EXPECT_CMP(sc_inq(P->b), >=, REQ);
}
