/* The tutorial: with SOCK_STREAM "data reaches the other computer exactly,
 * without error".  4 MiB of pseudo-random bytes, written in odd-sized
 * pieces while the peer reads in other odd sizes, arrive byte for byte and
 * in order, followed by end of file. */
#include "sc.h"
#include <time.h>

SC_CASE(io_stream_bytes_intact) = {
	.claim   = "a SOCK_STREAM connection delivers the bytes written exactly and in order",
	.source  = SC_SRC("seed", "Socket 怎么通信: SOCK_STREAM：表示面向连接的数据传输方式。数据可以准确无误地到达另一台计算机"),
	.also    = { SC_SRC("man:socket(2)", "SOCK_STREAM: Provides sequenced, reliable, two-way, connection-based byte streams") },
	.kinds   = SC_STREAM,
	.key     = "bytes_received",
	.timeout = 10,
};

#define TOTAL (4u << 20)

/* One spare byte in dst catches data beyond what was sent. */
static unsigned char src[TOTAL], dst[TOTAL + 1];

static long long now_ms(void)
{
	return sc_now_us() / 1000;
}

SC_TEST(io_stream_bytes_intact)
{
	static const size_t wsz[] = { 1, 4093, 65537, 7, 131071, 333, 12289 };
	static const size_t rsz[] = { 3, 65521, 997, 1, 32749, 8191 };
	uint64_t x = 0x9e3779b97f4a7c15ull;
	size_t sent = 0, got = 0, wi = 0, ri = 0;
	int bound = sc_ms(8000);
	long long end = now_ms() + bound;
	int eof = 0;

	for (size_t i = 0; i < TOTAL; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		src[i] = (unsigned char)(x >> 32);
	}
	memset(dst, 0, sizeof dst);
	sc_set_nonblock(P->a, 1);
	sc_set_nonblock(P->b, 1);
	while (!eof) {
		struct pollfd pf[2] = {
			{ .fd = P->a, .events = sent < TOTAL ? POLLOUT : 0 },
			{ .fd = P->b, .events = POLLIN },
		};

		if (now_ms() > end)
			sc_timeout("transfer unfinished after %d ms: %zu sent, %zu received", bound, sent, got);
		if (poll(pf, 2, 100) < 0 && errno != EINTR)
			sc_broken("poll failed: %s", sc_errname(errno));
		if (sent < TOTAL && (pf[0].revents & POLLOUT)) {
			size_t n = wsz[wi++ % (sizeof wsz / sizeof *wsz)];
			ssize_t w = write(P->a, src + sent, n < TOTAL - sent ? n : TOTAL - sent);

			if (w < 0 && errno != EAGAIN && errno != EINTR)
				sc_broken("write() after %zu bytes failed: %s", sent, sc_errname(errno));
			if (w > 0 && (sent += (size_t)w) == TOTAL)
				SC_REQUIRE_OK(shutdown(P->a, SHUT_WR));
		}
		if (pf[1].revents & (POLLIN | POLLHUP | POLLERR)) {
			size_t n = rsz[ri++ % (sizeof rsz / sizeof *rsz)];
			ssize_t r = read(P->b, dst + got, n < TOTAL - got ? n : TOTAL - got + 1);

			if (r < 0 && errno != EAGAIN && errno != EINTR)
				SC_EXPECT_OK(r);
			if (r == 0)
				eof = 1;
			if (r > 0)
				got += (size_t)r;
			SC_EXPECT(got <= TOTAL, "received %zu bytes, more than the %u sent", got, TOTAL);
		}
	}
	sc_observe_int("bytes_received", (long)got);
	SC_EXPECT_EQ(got, sent);
	for (size_t i = 0; i < got; i++)
		if (src[i] != dst[i]) {
			sc_observe_int("first_difference", (long)i);
			SC_EXPECT(0, "byte %zu differs: sent 0x%02x, received 0x%02x", i, src[i], dst[i]);
		}
}
