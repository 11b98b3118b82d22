/* socket(2): a SIGPIPE signal is raised if a process sends or receives on
 * a broken stream.  The sending half is epipe_sigpipe_delivered; here the
 * process receives on a stream whose peer is gone (closed with SO_LINGER
 * 0: TCP sends a reset) with a SIGPIPE handler installed, and counts the
 * signal. */
#include "sc.h"

SC_CASE(socket_sigpipe_on_recv) = {
	.claim   = "receiving on a broken stream raises SIGPIPE",
	.source  = SC_SRC("man:socket(2)", "SIGPIPE on a broken stream: A SIGPIPE signal is raised if a process sends or receives on a broken stream"),
	.kinds   = SC_STREAM,
	.key     = "sigpipes",
};

SC_TEST(socket_sigpipe_on_recv)
{
	struct linger lg = { 1, 0 };
	char buf[8];
	struct sc_res r;

	SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
	sc_close(&P->b);
	sc_wait_fd(P->a, POLLHUP | POLLERR | POLLRDHUP, SC_WAIT_MS, "the peer's end to reach this end");
	sc_catch(SIGPIPE, 0);
	r = SC_CALL(recv(P->a, buf, sizeof buf, 0));
	sc_observe_str("recv", r.ret < 0 ? sc_errname(r.err) : r.ret == 0 ? "end of file" : "data");
	sc_observe_int("sigpipes", sc_caught(SIGPIPE));
	SC_EXPECT_CMP(sc_caught(SIGPIPE), >=, 1);
}
