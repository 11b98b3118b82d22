/* tcp(7): tcp_timestamps 1 enables RFC 1323 timestamps "and use[s] random
 * offset for each connection rather than only using the current time";
 * 2 is "as for the value 1, but without random offsets".  A connection's
 * timestamp clock is read with getsockopt(TCP_TIMESTAMP): the kernel's
 * millisecond clock (CLOCK_MONOTONIC) plus the connection's offset.  Two
 * connections between the same loopback addresses show whether each has
 * its own random offset (1) or none at all (2). */
#include "sc.h"
#include "sysctl_text.h"
#include <stdlib.h>
#include <time.h>

SC_CASE(tcp_timestamps_offset) = {
	.claim   = "with tcp_timestamps 1 every connection's timestamps carry its own random offset; with 2 they carry none",
	.source  = SC_SRC("man:tcp(7)", "tcp_timestamps/1: Enable timestamps as defined in RFC1323 and use random offset for each connection rather than only using the current time"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "same_offset",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int value;
} modes[] = {
	{ .name = "random1", .value = 1,
	  .src = SC_SRC("man:tcp(7)", "tcp_timestamps/1: Enable timestamps as defined in RFC1323 and use random offset for each connection rather than only using the current time") },
	{ .name = "plain2", .value = 2,
	  .src = SC_SRC("man:tcp(7)", "tcp_timestamps/2: As for the value 1, but without random offsets") },
};
SC_VARIANTS(modes);

static uint32_t mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint32_t)((uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000);
}

/* The connection's timestamp offset from the kernel's clock, to within the
 * milliseconds the read takes. */
static int32_t ts_offset(int fd)
{
	uint32_t before = mono_ms(), ts = 0;
	socklen_t len = sizeof ts;
	int e;

	if (getsockopt(fd, IPPROTO_TCP, TCP_TIMESTAMP, &ts, &len) < 0) {
		e = errno;
		if (e == ENOPROTOOPT || e == EOPNOTSUPP)
			sc_unsupported("getsockopt(TCP_TIMESTAMP): %s", sc_errname(e));
		sc_broken("getsockopt(TCP_TIMESTAMP) failed: %s", sc_errname(e));
	}
	return (int32_t)(ts - before);
}

SC_TEST(tcp_timestamps_offset)
{
	const struct mode *V = P->variant;
	int32_t off1, off2;
	int c2;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_timestamps", V->value);
	sc_listen(P, 4);
	P->a = sc_connect(P);
	P->b = sc_accept(P, SC_WAIT_MS);
	c2 = sc_connect(P);
	sc_accept(P, SC_WAIT_MS);
	off1 = ts_offset(P->a);
	off2 = ts_offset(c2);
	sc_observe_int("offset1", off1);
	sc_observe_int("offset2", off2);
	/* The 6.7+ clock clears the low bit (it flags microsecond stamps). */
	sc_observe_int("same_offset", abs(off1 - off2) <= 2);
	if (V->value == 1) {
		SC_EXPECT(abs(off1 - off2) > 2,
			  "both connections' timestamps carry the same offset (%d and %d ms)",
			  (int)off1, (int)off2);
	} else {
		SC_EXPECT(abs(off1) <= 2 && abs(off2) <= 2,
			  "timestamps are offset from the clock by %d and %d ms", (int)off1, (int)off2);
	}
}
