/* unix(7): SO_RCVBUF has no effect on AF_UNIX sockets: shrinking the
 * receiver's SO_RCVBUF to its minimum does not reduce how much a sender
 * can queue to it. */
#include "sc.h"

SC_CASE(buffer_unix_rcvbuf_no_effect) = {
	.claim   = "on AF_UNIX sockets SO_RCVBUF has no effect: a receiver with the smallest SO_RCVBUF accepts as much queued data as one with the default",
	.source  = SC_SRC("man:unix(7)", "buffer options: The SO_SNDBUF socket option does have an effect for UNIX domain sockets, but the SO_RCVBUF option does not"),
	.kinds   = SC_UNIX,
	.key     = "queued_small_rcvbuf",
};

SC_TEST(buffer_unix_rcvbuf_no_effect)
{
	struct sc_pair Q = *P;
	int one = 1;
	size_t normal, small;

	Q.a = Q.b = Q.l = -1;
	sc_make_pair(&Q);
	SC_REQUIRE_OK(setsockopt(Q.b, SOL_SOCKET, SO_RCVBUF, &one, sizeof one));
	sc_observe_int("small_rcvbuf", sc_sockopt_int(Q.b, SO_RCVBUF));
	normal = sc_fill(P->a);
	small = sc_fill(Q.a);
	sc_observe_int("queued_default_rcvbuf", (long)normal);
	sc_observe_int("queued_small_rcvbuf", (long)small);
	SC_EXPECT_EQ((long)small, (long)normal);
}
