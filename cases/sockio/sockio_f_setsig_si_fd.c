/* socket(7) Signals: with a real-time signal set by fcntl(F_SETSIG), its
 * handler is called with the socket's file descriptor in si_fd. */
#include "sc.h"

SC_CASE(sockio_f_setsig_si_fd) = {
	.claim  = "with F_SETSIG, the I/O signal's handler gets the socket's descriptor in si_fd",
	.source = SC_SRC("man:socket(7)", "F_SETSIG si_fd: the handler of the real time signal will be called with the file descriptor in the si_fd field of its siginfo_t"),
	.kinds  = SC_ALL,
	.key    = "si_fd",
};

static volatile int calls, got_fd = -1, got_code;

static void handler(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)ctx;
	if (!calls) {
		got_fd = si->si_fd;
		got_code = si->si_code;
	}
	calls++;
}

SC_TEST(sockio_f_setsig_si_fd)
{
	struct sigaction sa = { .sa_sigaction = handler, .sa_flags = SA_SIGINFO | SA_RESTART };
	int sig = SIGRTMIN + 1;

	sigemptyset(&sa.sa_mask);
	SC_REQUIRE_OK(sigaction(sig, &sa, NULL));
	SC_REQUIRE_OK(fcntl(P->b, F_SETOWN, getpid()));
	SC_EXPECT_OK(fcntl(P->b, F_SETSIG, sig));
	SC_REQUIRE_OK(fcntl(P->b, F_SETFL, fcntl(P->b, F_GETFL) | O_ASYNC));
	sc_send_all(P->a, "a", 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	sc_wait_count(&calls, SC_WAIT_MS);
	SC_EXPECT(calls > 0, "the F_SETSIG signal did not come %d ms after the data", SC_WAIT_MS);
	sc_observe_int("si_fd", got_fd);
	sc_observe_int("si_code", got_code);
	SC_EXPECT_EQ(got_fd, P->b);
}
