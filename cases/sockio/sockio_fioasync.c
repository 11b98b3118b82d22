/* socket(7) FIOASYNC: an integer boolean that turns the socket's O_ASYNC
 * flag (asynchronous I/O mode: SIGIO on a new I/O event) on or off, as
 * fcntl(2) F_SETFL would. */
#include "sc.h"
#include <sys/ioctl.h>

SC_CASE(sockio_fioasync) = {
	.claim  = "FIOASYNC 1 sets O_ASYNC and SIGIO follows the next I/O event; FIOASYNC 0 clears it",
	.source = SC_SRC("man:socket(7)", "FIOASYNC: Change the O_ASYNC flag to enable or disable asynchronous I/O mode of the socket"),
	.kinds  = SC_ALL,
	.key    = "o_async",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int on;
} variants[] = {
	{ .name = "on", .on = 1 },
	{ .name = "off", .on = 0 },
};
SC_VARIANTS(variants);

SC_TEST(sockio_fioasync)
{
	const struct variant *V = P->variant;
	long fl;

	SC_EXPECT_OK(ioctl(P->b, FIOASYNC, &(int){ 1 }));
	if (!V->on)
		SC_EXPECT_OK(ioctl(P->b, FIOASYNC, &(int){ 0 }));
	fl = SC_EXPECT_OK(fcntl(P->b, F_GETFL));
	sc_observe_str("o_async", (fl & O_ASYNC) ? "set" : "clear");
	if (!V->on) {
		SC_EXPECT(!(fl & O_ASYNC), "O_ASYNC still set after FIOASYNC 0");
		return;
	}
	SC_EXPECT(fl & O_ASYNC, "O_ASYNC not set by FIOASYNC 1");
	sc_catch(SIGIO, SA_RESTART);
	SC_REQUIRE_OK(fcntl(P->b, F_SETOWN, getpid()));
	sc_send_all(P->a, "a", 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	sc_observe_int("sigio", sc_wait_signal(SIGIO, SC_WAIT_MS));
	SC_EXPECT(sc_caught(SIGIO) > 0, "no SIGIO %d ms after the data arrived", SC_WAIT_MS);
}
