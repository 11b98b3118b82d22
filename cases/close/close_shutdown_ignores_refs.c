/* shutdown() acts on the connection, not on one descriptor: shutdown(SHUT_WR)
 * sends the FIN at once although a dup() of the descriptor is still open, and
 * the duplicate can no longer write either. */
#include "sc.h"
#include <poll.h>

SC_CASE(close_shutdown_ignores_refs) = {
	.claim  = "shutdown(SHUT_WR) ends the connection's sending side at once, whatever other descriptors refer to the socket",
	.source = SC_SRC("man:shutdown(2)", "connection shut down: shutdown() causes all or part of a full-duplex connection on the socket to be shut down"),
	.also   = { SC_SRC("posix", "shutdown(): shall cause all or part of a full-duplex connection on the socket to be shut down") },
	.kinds  = SC_CONNECTED,
	.key    = "dup_write",
};

SC_TEST(close_shutdown_ignores_refs)
{
	int d = sc_track(dup(P->a));
	struct sc_res r;
	char c;

	SC_REQUIRE(d >= 0, "dup() failed: %s", sc_errname(errno));
	SC_REQUIRE_OK(shutdown(P->a, SHUT_WR));
	sc_expect_shutdown_sent(P->a);
	sc_wait_fd(P->b, POLLIN | POLLRDHUP, SC_WAIT_MS, "end of file while a dup is open");
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_DONTWAIT), 0);
	sc_wait_shutdown_over(d);
	r = SC_CALL(send(d, "x", 1, MSG_NOSIGNAL));
	sc_observe_str("dup_write", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT(r.ret == -1 && r.err == EPIPE, "a write through the dup returned %ld %s",
		  r.ret, r.ret < 0 ? sc_errname(r.err) : "");
}
