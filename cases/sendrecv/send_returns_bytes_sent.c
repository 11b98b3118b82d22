/* send(2) RETURN VALUE: on success, the number of bytes sent.  A send of
 * 100 bytes returns 100 and the peer receives 100; a non-blocking send
 * larger than the room left returns what it queued, and the peer receives
 * exactly that much. */
#include "sc.h"
#include <stdlib.h>

SC_CASE(send_returns_bytes_sent) = {
	.claim  = "send() returns the number of bytes sent, and the peer receives that many",
	.source = SC_SRC("man:send(2)", "returns bytes sent: On success, these calls return the number of bytes sent."),
	.kinds  = SC_ALL,
	.key    = "partial",
};

SC_TEST(send_returns_bytes_sent)
{
	static char buf[100], big[1 << 20], sink[65536];
	long total, got = 0, n;

	SC_EXPECT_RET(send(P->a, buf, sizeof buf, MSG_NOSIGNAL), (long)sizeof buf);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	SC_EXPECT_RET(recv(P->b, sink, sizeof sink, MSG_DONTWAIT), (long)sizeof buf);
	if (P->kind->type != SOCK_STREAM)
		return;
	total = SC_EXPECT_OK(send(P->a, big, sizeof big, MSG_NOSIGNAL | MSG_DONTWAIT));
	sc_observe_int("partial", total);
	SC_REQUIRE(total > 0, "the non-blocking send returned 0");
	while (got < total) {
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
		n = recv(P->b, sink, sizeof sink, MSG_DONTWAIT);
		SC_REQUIRE(n > 0, "recv() failed: %s", sc_errname(errno));
		got += n;
	}
	SC_EXPECT_EQ(got, total);
	SC_EXPECT_ERRNO(recv(P->b, sink, sizeof sink, MSG_DONTWAIT), EAGAIN);
}
