/* signal(7): a blocking read on a socket interrupted by a signal whose
 * handler was installed without SA_RESTART fails with EINTR. */
#include "buffers_util.h"

SC_CASE(blocking_read_eintr) = {
	.claim   = "a blocked read() interrupted by a handled signal without SA_RESTART fails with EINTR",
	.source  = SC_SRC("man:signal(7)", "Interruption of system calls and library functions by signal handlers: otherwise the call fails with the error EINTR"),
	.also    = SC_SRC("seed", "write()/read(): 如果错误为 EINTR 说明读是由中断引起的"),
	.kinds   = SC_ALL,
	.key     = "interrupted_read",
};

SC_TEST(blocking_read_eintr)
{
	static struct bu_call rd;

	bu_catch(SIGUSR1, 0);
	bu_start(&rd, BU_READ, P->b, 64);
	bu_wait_blocked(&rd, SYS_read, 2000, "the reader to block in read()");
	SC_REQUIRE(!rd.done, "read() returned %ld before any signal", rd.ret);
	SC_REQUIRE(pthread_kill(rd.th, SIGUSR1) == 0, "pthread_kill failed");
	bu_join(&rd, 2000, "read() to return after the signal");
	sc_observe_str("interrupted_read", rd.ret < 0 ? sc_errname(rd.err) : "returned");
	SC_EXPECT_EQ(bu_caught, 1);
	sc_expect_fail(SC_HERE, "read() interrupted by SIGUSR1", (struct sc_res){ rd.ret, rd.err },
		       (const int[]){ EINTR }, 1);
}
