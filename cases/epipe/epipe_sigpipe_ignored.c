/* With SIGPIPE ignored, a write on a broken connection just fails with
 * EPIPE: the process is not terminated and no SIGPIPE stays pending. */
#include "sc.h"

SC_CASE(epipe_sigpipe_ignored) = {
	.claim  = "with SIGPIPE set to SIG_IGN a write on a broken connection fails with EPIPE and the process lives on",
	.source = SC_SRC("posix", "write(): [EPIPE] ... A SIGPIPE signal shall also be sent to the thread"),
	.also   = { SC_SRC("man:signal(7)", "SIGPIPE: default action Term; a signal whose disposition is SIG_IGN is discarded") },
	.kinds  = SC_CONNECTED,
	.key    = "write_errno",
};

SC_TEST(epipe_sigpipe_ignored)
{
	struct sigaction sa = { .sa_handler = SIG_IGN };
	sigset_t pending;
	struct sc_res r;

	sc_break_pipe(P);
	SC_REQUIRE_OK(sigaction(SIGPIPE, &sa, NULL));
	r = SC_CALL(write(P->a, "x", 1));
	sc_observe_str("write_errno", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT(r.ret == -1 && r.err == EPIPE, "write returned %ld %s", r.ret,
		  r.ret < 0 ? sc_errname(r.err) : "");
	SC_REQUIRE_OK(sigpending(&pending));
	SC_EXPECT(!sigismember(&pending, SIGPIPE), "a SIGPIPE is pending");
	SC_EXPECT_ERRNO(send(P->a, "x", 1, 0), EPIPE);
}
