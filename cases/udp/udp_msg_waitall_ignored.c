/* udp(7): MSG_WAITALL is not supported: recv() with it and a buffer larger
 * than the queued datagram returns that one datagram at once instead of
 * waiting to fill the buffer. */
#include "sc.h"
#include <sys/time.h>

SC_CASE(udp_msg_waitall_ignored) = {
	.claim  = "recv(MSG_WAITALL) on a UDP socket returns the one queued datagram at once, shorter than the buffer",
	.source = SC_SRC("man:udp(7)", "no MSG_WAITALL: MSG_WAITALL is not supported"),
	.kinds  = SC_UDP,
	.key    = "waitall_read",
};

SC_TEST(udp_msg_waitall_ignored)
{
	/* A receive that did wait for more ends here instead of hanging. */
	struct timeval tv = { .tv_sec = sc_ms(SC_BLOCKED_MS) / 1000,
			      .tv_usec = (sc_ms(SC_BLOCKED_MS) % 1000) * 1000 };
	char buf[64];
	long n;

	SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
	SC_EXPECT_RET(send(P->a, "abc", 3, 0), 3);
	sc_wait_inq(P->b, 3, SC_WAIT_MS);
	n = SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_WAITALL), 3);
	sc_observe_int("waitall_read", n);
}
