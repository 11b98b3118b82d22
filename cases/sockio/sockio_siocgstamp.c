/* socket(7) SIOCGSTAMP: the receive time of the last packet passed to the
 * user, as a struct timeval; ENOENT when there is none — no packet yet,
 * or only packets received while SO_TIMESTAMP was set.  On every kind: the
 * page does not limit it to datagrams. */
#include "sc.h"
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/time.h>

SC_CASE(sockio_siocgstamp) = {
	.claim  = "SIOCGSTAMP returns the reception time of the last packet read, and fails with ENOENT when no packet was read without SO_TIMESTAMP",
	.source = SC_SRC("man:socket(7)", "SIOCGSTAMP: Return a struct timeval with the receive timestamp of the last packet passed to the user"),
	.kinds  = SC_ALL,
	.key    = "result",
};

enum how { AFTER, NONE, WITH_TIMESTAMP };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "after_packet", .how = AFTER },
	{ .name = "no_packet", .how = NONE,
	  .src = SC_SRC("man:socket(7)", "SIOCGSTAMP: it fails if no such packet has been received, (i.e., ioctl(2) returns -1 with errno set to ENOENT)") },
	{ .name = "with_so_timestamp", .how = WITH_TIMESTAMP,
	  .src = SC_SRC("man:socket(7)", "SIOCGSTAMP: Otherwise, it returns the timestamp of the last packet that was received while SO_TIMESTAMP and SO_TIMESTAMPNS were not set, or it fails if no such packet has been received") },
};
SC_VARIANTS(variants);

static long long us_now(void)
{
	struct timeval t;

	gettimeofday(&t, NULL);
	return t.tv_sec * 1000000LL + t.tv_usec;
}

SC_TEST(sockio_siocgstamp)
{
	const struct variant *V = P->variant;
	struct timeval tv = { 0, 0 };
	long long t0 = us_now(), t1, stamp;
	struct sc_res r;
	char b[8];

	if (V->how == WITH_TIMESTAMP)
		SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_TIMESTAMP, &(int){ 1 }, sizeof(int)));
	if (V->how != NONE) {
		sc_send_all(P->a, "s", 1);
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the packet");
		SC_REQUIRE(recv(P->b, b, sizeof b, MSG_DONTWAIT) == 1, "recv failed: %s", sc_errname(errno));
	}
	r = SC_CALL(ioctl(P->b, SIOCGSTAMP, &tv));
	t1 = us_now();
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "a time");
	if (V->how != AFTER) {
		SC_EXPECT_ERRNO_RES("ioctl(SIOCGSTAMP)", r, ENOENT);
		return;
	}
	sc_expect_ok(SC_HERE, "ioctl(SIOCGSTAMP)", r);
	stamp = tv.tv_sec * 1000000LL + tv.tv_usec;
	sc_observe_int("stamp_after_send_us", stamp - t0);
	SC_EXPECT(stamp >= t0 && stamp <= t1, "the stamp is %lld us from the send and %lld us from the ioctl",
		  stamp - t0, t1 - stamp);
}
