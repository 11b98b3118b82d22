/* socket(7): instead of poll(2), the kernel can report events by SIGIO:
 * the O_ASYNC flag is set on the socket with fcntl(2) and a handler for
 * SIGIO installed with sigaction(2) (the owner to signal set with
 * F_SETOWN, see the Signals section).  Data arriving then raises SIGIO. */
#include "sc.h"

SC_CASE(sockio_o_async_sigio) = {
	.claim  = "with O_ASYNC set by fcntl() and a SIGIO handler, data arriving raises SIGIO",
	.source = SC_SRC("man:socket(7)", "O_ASYNC SIGIO: For that the O_ASYNC flag must be set on a socket file descriptor via fcntl(2) and a valid signal handler for SIGIO must be installed"),
	.kinds  = SC_ALL,
	.key    = "sigio",
};

SC_TEST(sockio_o_async_sigio)
{
	long fl = fcntl(P->b, F_GETFL);

	sc_catch(SIGIO, SA_RESTART);
	SC_REQUIRE_OK(fcntl(P->b, F_SETOWN, getpid()));
	SC_EXPECT_OK(fcntl(P->b, F_SETFL, fl | O_ASYNC));
	sc_send_all(P->a, "a", 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	sc_observe_int("sigio", sc_wait_signal(SIGIO, SC_WAIT_MS));
	SC_EXPECT(sc_caught(SIGIO) > 0, "no SIGIO %d ms after the data arrived", SC_WAIT_MS);
}
