/* After the peer's shutdown(SHUT_WR) the reader sees end of file (0) while
 * the connection stays open the other way: it can still write, and the peer
 * that half-closed reads what was written back. */
#include "sc.h"
#include <poll.h>

SC_CASE(eof_half_close_write_back) = {
	.claim  = "after the peer's shutdown(SHUT_WR) read() returns 0, yet the reader can still write and the peer reads it",
	.source = SC_SRC("man:shutdown(2)", "SHUT_WR: further transmissions will be disallowed"),
	.also   = { SC_SRC("rfc:793", "3.5 Closing a Connection: a TCP may continue to RECEIVE after CLOSE (half-close)") },
	.kinds  = SC_CONNECTED,
	.key    = "write_back",
};

SC_TEST(eof_half_close_write_back)
{
	char buf[16];
	long n;

	sc_send_all(P->a, "ask", 3);
	SC_REQUIRE_OK(shutdown(P->a, SHUT_WR));
	sc_expect_shutdown_sent(P->a);
	SC_EXPECT_RET(read(P->b, buf, sizeof buf), 3);
	SC_EXPECT_RET(read(P->b, buf, sizeof buf), 0);
	SC_EXPECT_RET(write(P->b, "reply", 5), 5);
	sc_wait_fd(P->a, POLLIN, SC_WAIT_MS, "the reply at the half-closed end");
	n = SC_EXPECT_RET(read(P->a, buf, sizeof buf), 5);
	SC_EXPECT(memcmp(buf, "reply", 5) == 0, "the reply arrived altered");
	sc_observe_int("write_back", n);
	SC_EXPECT_OK(shutdown(P->b, SHUT_WR));
	SC_EXPECT_RET(read(P->a, buf, sizeof buf), 0);
}
