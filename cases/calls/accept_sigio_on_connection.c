/* accept(2): instead of waiting, a process can have the listener deliver
 * SIGIO when activity occurs on it: with F_SETOWN naming the process and
 * O_ASYNC set, a connection arriving at the listener raises SIGIO. */
#include "sc.h"

SC_CASE(accept_sigio_on_connection) = {
	.claim   = "a listener with O_ASYNC and F_SETOWN delivers SIGIO to its owner when a connection arrives",
	.source  = SC_SRC("man:accept(2)", "SIGIO on connection: you can set the socket to deliver SIGIO when activity occurs on a socket"),
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "sigio",
};

SC_TEST(accept_sigio_on_connection)
{
	sc_listen(P, 4);
	sc_catch(SIGIO, SA_RESTART);
	SC_REQUIRE_OK(fcntl(P->l, F_SETOWN, getpid()));
	SC_REQUIRE_OK(fcntl(P->l, F_SETFL, fcntl(P->l, F_GETFL) | O_ASYNC));
	SC_REQUIRE(sc_caught(SIGIO) == 0, "SIGIO before any connection");
	P->a = sc_connect(P);
	/* The signal is sent with the wake-up that makes the listener
	 * readable; it is handled on the way back from poll(). */
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
	sc_observe_int("sigio", sc_caught(SIGIO));
	SC_EXPECT_CMP(sc_caught(SIGIO), >=, 1);
	sc_accept(P, SC_WAIT_MS);
}
