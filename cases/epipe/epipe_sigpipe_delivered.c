/* A write that fails with EPIPE also raises SIGPIPE in the writer when
 * neither MSG_NOSIGNAL is passed nor SIGPIPE ignored. */
#include "sc.h"

SC_CASE(epipe_sigpipe_delivered) = {
	.claim  = "a write that fails with EPIPE raises SIGPIPE (caught here by a handler)",
	.source = SC_SRC("posix", "write(): [EPIPE] ... A SIGPIPE signal shall also be sent to the thread"),
	.also   = { SC_SRC("man:send(2)", "EPIPE: ... the process will also receive a SIGPIPE unless MSG_NOSIGNAL is set") },
	.kinds  = SC_CONNECTED,
	.key    = "sigpipes",
};

SC_TEST(epipe_sigpipe_delivered)
{
	sc_break_pipe(P);
	sc_catch(SIGPIPE, 0);
	/* SIGPIPE is sent to the writing thread before write() returns. */
	SC_EXPECT_ERRNO(write(P->a, "x", 1), EPIPE);
	sc_observe_int("sigpipes", sc_caught(SIGPIPE));
	SC_EXPECT_EQ(sc_caught(SIGPIPE), 1);
	SC_EXPECT_ERRNO(send(P->a, "x", 1, 0), EPIPE);
	SC_EXPECT_EQ(sc_caught(SIGPIPE), 2);
}
