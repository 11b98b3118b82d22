/* tcp(7) EPIPE: the other end closed the socket unexpectedly, or a read is
 * made on a shut-down socket.  A send after the peer closed (and reset)
 * the connection fails with EPIPE; so should a read after
 * shutdown(SHUT_RDWR). */
#include "sc.h"

SC_CASE(tcp_epipe_conditions) = {
	.claim  = "EPIPE is returned for a send after the peer closed and for a read on a shut-down socket",
	.source = SC_SRC("man:tcp(7)", "EPIPE: The other end closed the socket unexpectedly or a read is executed on a shut down socket."),
	.kinds  = SC_TCP,
	.key    = "result",
};

static const struct when {
	SC_VARIANT_HEAD;
	int read;
} whens[] = {
	{ .name = "send_peer_closed", .read = 0 },
	{ .name = "read_shut_down", .read = 1 },
};
SC_VARIANTS(whens);

SC_TEST(tcp_epipe_conditions)
{
	const struct when *V = P->variant;
	struct sc_res r;
	char c;

	if (V->read) {
		SC_REQUIRE_OK(shutdown(P->a, SHUT_RDWR));
		r = SC_CALL(recv(P->a, &c, 1, MSG_DONTWAIT));
	} else {
		sc_break_pipe(P);
		r = SC_CALL(send(P->a, "x", 1, MSG_NOSIGNAL));
	}
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : r.ret == 0 ? "0" : "data");
	sc_expect_fail(SC_HERE, V->read ? "recv() after shutdown(SHUT_RDWR)" : "send() after the peer closed",
		       r, (const int[]){ EPIPE }, 1);
}
