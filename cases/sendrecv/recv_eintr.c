/* recv(2) EINTR: a signal was delivered before any data was available: a
 * blocking recv() asleep on an empty socket, interrupted by a signal whose
 * handler has no SA_RESTART, fails with EINTR. */
#include "sc.h"
#include "msgcall.h"

SC_CASE(recv_eintr) = {
	.claim  = "a recv() waiting for data fails with EINTR when a signal is caught",
	.source = SC_SRC("man:recv(2)", "EINTR: The receive was interrupted by delivery of a signal before any data was available; see signal(7)."),
	.kinds  = SC_ALL,
	.key    = "errno",
};

SC_TEST(recv_eintr)
{
	static struct sc_msgcall m;

	sc_catch(SIGUSR1, 0);
	sc_msgcall_start(&m, SC_MSG_RECV, P->b, 16, 0);
	sc_msgcall_wait_blocked(&m, "recv() to wait for data");
	SC_REQUIRE(!sc_call_done(&m.c), "recv() on an empty socket returned %ld", m.c.ret);
	SC_REQUIRE_OK(syscall(SYS_tgkill, getpid(), m.c.tid, SIGUSR1));
	sc_call_expect_return(&m.c, SC_BLOCKED_MS, "the signal");
	SC_EXPECT_ERRNO_RES("recv()", sc_call_res(&m.c), EINTR);
}
