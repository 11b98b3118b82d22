/* send(2): when the message does not fit into the socket's send buffer a
 * non-blocking send fails with EAGAIN or EWOULDBLOCK (after the data that
 * fitted has been accepted). */
#include "sc.h"

SC_CASE(buffer_full_nonblock_eagain) = {
	.claim   = "once the send buffer is full, a non-blocking send() fails with EAGAIN/EWOULDBLOCK",
	.source  = SC_SRC("man:send(2)", "EAGAIN (1): The socket is marked nonblocking and the requested operation would block (the message does not fit into the send buffer)"),
	.also    = { SC_SRC("posix", "send(): [EAGAIN] or [EWOULDBLOCK] The socket's file descriptor is marked O_NONBLOCK and the requested operation would block") },
	.kinds   = SC_CONNECTED | SC_UNIX, /* UDP drops instead */
	.key     = "accepted_before_eagain",
};

SC_TEST(buffer_full_nonblock_eagain)
{
	static char chunk[65536];
	size_t piece = P->kind->type == SOCK_STREAM ? sizeof chunk : 1024;
	long total = 0, sndbuf = sc_sockopt_int(P->a, SO_SNDBUF);
	/* Far beyond what any send plus receive buffer here can hold. */
	long bound = 1L << 28;
	int partial = 0;
	struct sc_res r;

	sc_set_nonblock(P->a, 1);
	for (;;) {
		r = SC_CALL(send(P->a, chunk, piece, MSG_NOSIGNAL));
		if (r.ret <= 0)
			break;
		partial |= (size_t)r.ret < piece;
		total += r.ret;
		if (total >= bound)
			sc_deviates("send() accepted %ld bytes without EAGAIN", total);
	}
	sc_observe_int("accepted_before_eagain", total);
	sc_observe_int("sndbuf_at_start", sndbuf);
	sc_observe_int("sndbuf_when_full", sc_sockopt_int(P->a, SO_SNDBUF));
	sc_observe_str("last_send_partial", partial ? "yes" : "no");
	sc_expect_fail(SC_HERE, "send() on a full buffer", r,
		       (const int[]){ EAGAIN, EWOULDBLOCK }, 2);
	SC_EXPECT_CMP(total, >, 0);
}
