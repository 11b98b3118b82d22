/* recv(2) EAGAIN / EWOULDBLOCK: the socket is non-blocking and nothing is
 * there, or a receive timeout (SO_RCVTIMEO) expired before data came:
 * EAGAIN (the same value as EWOULDBLOCK on Linux). */
#include "sc.h"
#include <sys/time.h>
#include <time.h>

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

/* A socket timeout runs on jiffies, which a virtual machine's late timer
 * ticks can hold back against the clock and then advance in a burst: the
 * call is timed by the clock the ticks advance with it. */
static long long tick_clock_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

SC_TEST(recv_eagain)
{
	const struct way *V = P->variant;
	struct timeval tv = { 0, 20000 };
	long long t0;
	char c;

	if (V->timeout)
		SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
	else
		sc_set_nonblock(P->b, 1);
	t0 = tick_clock_ms();
	SC_EXPECT_ERRNO(recv(P->b, &c, 1, 0), EAGAIN, EWOULDBLOCK);
	sc_observe_int("waited_ms", tick_clock_ms() - t0);
	if (V->timeout)
		SC_EXPECT_CMP(tick_clock_ms() - t0, >=, 15);
}
