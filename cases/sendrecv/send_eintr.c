/* send(2) EINTR: a signal arrived before any data was sent.  A blocking
 * send() on a full socket, asleep in the call, is interrupted by a signal
 * whose handler has no SA_RESTART and fails with EINTR. */
#include "sc.h"
#include "msgcall.h"

SC_CASE(send_eintr) = {
	.claim  = "a send() blocked on a full socket fails with EINTR when a signal is caught before anything was sent",
	.source = SC_SRC("man:send(2)", "EINTR: A signal occurred before any data was transmitted; see signal(7)."),
	.kinds  = SC_CONNECTED | SC_UNIX,
	.key    = "errno",
};

SC_TEST(send_eintr)
{
	static struct sc_msgcall m;

	sc_catch(SIGUSR1, 0);
	sc_fill_settled(P->a);
	sc_msgcall_start(&m, SC_MSG_SEND, P->a, 1024, MSG_NOSIGNAL);
	sc_msgcall_wait_blocked(&m, "send() to block on the full socket");
	SC_REQUIRE(!sc_call_done(&m.c), "send() on the full socket returned %ld", m.c.ret);
	SC_REQUIRE_OK(syscall(SYS_tgkill, getpid(), m.c.tid, SIGUSR1));
	sc_call_expect_return(&m.c, SC_BLOCKED_MS, "the signal");
	SC_EXPECT_ERRNO_RES("send()", sc_call_res(&m.c), EINTR);
}
