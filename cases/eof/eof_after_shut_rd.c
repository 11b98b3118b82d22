/* After a socket's own shutdown(SHUT_RD) further receptions are disallowed:
 * read() returns 0 (end of file), and goes on returning 0 even when the peer
 * sends more data afterwards. */
#include "sc.h"

SC_CASE(eof_after_shut_rd) = {
	.claim  = "after shutdown(SHUT_RD) read() returns 0, also after the peer sends more data",
	.source = SC_SRC("posix", "shutdown(): SHUT_RD Disables further receive operations"),
	.also   = { SC_SRC("man:shutdown(2)", "SHUT_RD: further receptions will be disallowed") },
	.kinds  = SC_CONNECTED,
	.key    = "read_after_late_data",
};

SC_TEST(eof_after_shut_rd)
{
	struct sc_res s, n;
	char buf[16];

	SC_REQUIRE_OK(shutdown(P->a, SHUT_RD));
	SC_EXPECT_RET(recv(P->a, buf, sizeof buf, MSG_DONTWAIT), 0);
	s = SC_CALL(send(P->b, "late", 4, MSG_NOSIGNAL));
	sc_observe_str("peer_send", s.ret < 0 ? sc_errname(s.err) : "succeeded");
	/* Acknowledged means it reached (or was dropped by) our end. */
	if (s.ret == 4 && (P->kind->caps & SC_TCP))
		SC_WAIT_UNTIL(sc_outq(P->b) == 0, SC_WAIT_MS, "the late data to be acknowledged");
	n = SC_CALL(recv(P->a, buf, sizeof buf, MSG_DONTWAIT));
	sc_observe_int("read_after_late_data", n.ret);
	SC_EXPECT(n.ret == 0, "read after shutdown(SHUT_RD) returned %ld %s", n.ret,
		  n.ret < 0 ? sc_errname(n.err) : "(bytes of the peer's late data)");
}
