/* send() with MSG_NOSIGNAL on a broken connection fails with EPIPE and
 * raises no SIGPIPE, even with a handler installed. */
#include "close_util.h"

static volatile sig_atomic_t sigpipes;

static void on_sigpipe(int sig)
{
	(void)sig;
	sigpipes++;
}

SC_CASE(epipe_msg_nosignal) = {
	.claim  = "send() with MSG_NOSIGNAL fails with EPIPE and raises no SIGPIPE",
	.source = SC_SRC("man:send(2)", "MSG_NOSIGNAL: don't generate a SIGPIPE signal if the peer has closed; the EPIPE error is still returned"),
	.also   = SC_SRC("posix", "send(): MSG_NOSIGNAL: requests not to send the SIGPIPE signal"),
	.kinds  = SC_CONNECTED,
	.key    = "sigpipes",
};

SC_TEST(epipe_msg_nosignal)
{
	struct sigaction sa = { .sa_handler = on_sigpipe };

	cl_break_pipe(P);
	SC_REQUIRE_OK(sigaction(SIGPIPE, &sa, NULL));
	/* Without the flag, for comparison in the tables; not the claim. */
	SC_EXPECT_ERRNO(send(P->a, "x", 1, 0), EPIPE);
	sc_observe_int("sigpipes_without_flag", sigpipes);
	sigpipes = 0;
	SC_EXPECT_ERRNO(send(P->a, "x", 1, MSG_NOSIGNAL), EPIPE);
	SC_EXPECT_ERRNO(send(P->a, "x", 1, MSG_NOSIGNAL | MSG_DONTWAIT), EPIPE);
	sc_observe_int("sigpipes", sigpipes);
	SC_EXPECT_EQ(sigpipes, 0);
}
