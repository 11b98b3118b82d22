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

/* The kernel counts SO_RCVTIMEO in clock ticks (sock_rcvtimeo gives
 * schedule_timeout jiffies); CLOCK_MONOTONIC_COARSE is advanced by the
 * same tick.  On an emulated CPU whose timer interrupts come late the
 * jiffies lag the fine clock and catch up at once, so the fine clock may
 * see a wait shorter than the timeout that the kernel's own clock does
 * not. */
static long long coarse_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

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
	t0 = sc_now_us();
	c0 = coarse_ms();
	SC_EXPECT_ERRNO(recv(P->b, &c, 1, 0), EAGAIN, EWOULDBLOCK);
	sc_observe_int("waited_ms", (sc_now_us() - t0) / 1000);
	if (V->timeout)
		SC_EXPECT_CMP(coarse_ms() - c0, >=, 15);
}
