/* signal(7): with SA_RESTART, a blocking socket read interrupted by a
 * handled signal is restarted after the handler: it keeps waiting and
 * returns the data that arrives later. */
#include "buffers_util.h"

SC_CASE(blocking_read_restart) = {
	.claim   = "a blocked read() interrupted by a signal handled with SA_RESTART resumes and returns the data sent afterwards",
	.source  = SC_SRC("man:signal(7)", "Interruption of system calls and library functions by signal handlers: restarted after the signal handler returns if the SA_RESTART flag was used"),
	.kinds   = SC_ALL,
	.key     = "read_ret",
};

SC_TEST(blocking_read_restart)
{
	static struct bu_call rd;

	bu_catch(SIGUSR1, SA_RESTART);
	bu_start(&rd, BU_READ, P->b, 64);
	bu_wait_blocked(&rd, SYS_read, 2000, "the reader to block in read()");
	SC_REQUIRE(!rd.done, "read() returned %ld before any signal", rd.ret);
	SC_REQUIRE(pthread_kill(rd.th, SIGUSR1) == 0, "pthread_kill failed");
	SC_WAIT_UNTIL(rd.done || (bu_caught && bu_blocked_in(&rd, SYS_read)), 2000,
		      "the handler to run and read() to wait again");
	SC_EXPECT(!rd.done, "read() returned %ld (%s) after the signal instead of restarting",
		  rd.ret, sc_errname(rd.err));
	sc_send_all(P->a, "late", 4);
	bu_join(&rd, 2000, "the restarted read() to return the data");
	sc_observe_int("read_ret", rd.ret);
	SC_EXPECT_EQ(rd.ret, 4);
}
