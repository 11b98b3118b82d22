/* send() with MSG_NOSIGNAL on a broken connection fails with EPIPE and
 * raises no SIGPIPE, even with a handler installed. */
#include "sc.h"

SC_CASE(epipe_msg_nosignal) = {
	.claim  = "send() with MSG_NOSIGNAL fails with EPIPE and raises no SIGPIPE",
	.source = SC_SRC("man:send(2)", "MSG_NOSIGNAL: don't generate a SIGPIPE signal if the peer has closed; the EPIPE error is still returned"),
	.also   = { SC_SRC("posix", "send(): MSG_NOSIGNAL: requests not to send the SIGPIPE signal") },
	.kinds  = SC_CONNECTED,
	.key    = "sigpipes",
};

SC_TEST(epipe_msg_nosignal)
{
	sc_break_pipe(P);
	sc_catch(SIGPIPE, 0);
	/* Without the flag, for comparison in the tables; not the claim. */
	SC_EXPECT_ERRNO(send(P->a, "x", 1, 0), EPIPE);
	sc_observe_int("sigpipes_without_flag", sc_caught(SIGPIPE));
	sc_catch(SIGPIPE, 0);
	SC_EXPECT_ERRNO(send(P->a, "x", 1, MSG_NOSIGNAL), EPIPE);
	SC_EXPECT_ERRNO(send(P->a, "x", 1, MSG_NOSIGNAL | MSG_DONTWAIT), EPIPE);
	sc_observe_int("sigpipes", sc_caught(SIGPIPE));
	SC_EXPECT_EQ(sc_caught(SIGPIPE), 0);
}
