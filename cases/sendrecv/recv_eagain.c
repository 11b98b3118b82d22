/* recv(2) EAGAIN / EWOULDBLOCK: the socket is non-blocking and nothing is
 * there, or a receive timeout (SO_RCVTIMEO) expired before data came:
 * EAGAIN (the same value as EWOULDBLOCK on Linux). */
#include "sc.h"
#include <sys/time.h>

SC_CASE(recv_eagain) = {
	.claim  = "recv() fails with EAGAIN on a non-blocking socket with nothing to read, and when SO_RCVTIMEO expires",
	.source = SC_SRC("man:recv(2)", "EAGAIN: The socket is marked nonblocking and the receive operation would block, or a receive timeout had been set and the timeout expired before data was received."),
	.also   = { SC_SRC("man:recv(2)", "EWOULDBLOCK: The socket is marked nonblocking and the receive operation would block, or a receive timeout had been set and the timeout expired before data was received.") },
	.kinds  = SC_ALL,
	.key    = "waited_ms",
};

static const struct way {
	SC_VARIANT_HEAD;
	int timeout;
} ways[] = {
	{ .name = "nonblocking", .timeout = 0 },
	{ .name = "rcvtimeo", .timeout = 1 },
};
SC_VARIANTS(ways);

SC_TEST(recv_eagain)
{
	const struct way *V = P->variant;
	struct timeval tv = { 0, 20000 };
	long long t0, c0;
	char c;

	if (V->timeout)
		SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
	else
		sc_set_nonblock(P->b, 1);
	c0 = sc_tick_ms();
	t0 = sc_now_us();
	SC_EXPECT_ERRNO(recv(P->b, &c, 1, 0), EAGAIN, EWOULDBLOCK);
	sc_observe_int("waited_ms", (sc_now_us() - t0) / 1000);
	if (V->timeout) {
		/* Judged in the kernel's ticks, which the timeout counts,
		 * with one tick of rounding (sc_tick_ms). */
		long ticks_ms = (long)(sc_tick_ms() - c0);

		sc_observe_int("waited_tick_ms", ticks_ms);
		SC_EXPECT_CMP(ticks_ms, >=, 20 - SC_TICK_MS);
	}
}
