/* signal(7): with SA_RESTART, a blocking socket read interrupted by a
 * handled signal is restarted after the handler: it keeps waiting and
 * returns the data that arrives later. */
#include "sc.h"

SC_CASE(blocking_read_restart) = {
	.claim   = "a blocked read() interrupted by a signal handled with SA_RESTART resumes and returns the data sent afterwards",
	.source  = SC_SRC("man:signal(7)", "Interruption of system calls and library functions by signal handlers: restarted after the signal handler returns if the SA_RESTART flag was used"),
	.kinds   = SC_ALL,
	.key     = "read_ret",
};

SC_TEST(blocking_read_restart)
{
	static struct sc_call rd;

	sc_catch(SIGUSR1, SA_RESTART);
	sc_call_start(&rd, SC_OP_READ, P->b, 64);
	sc_call_wait_blocked(&rd, SYS_read, "the reader to block in read()");
	SC_REQUIRE(!rd.done, "read() returned %ld before any signal", rd.ret);
	SC_REQUIRE(pthread_kill(rd.th, SIGUSR1) == 0, "pthread_kill failed");
	SC_WAIT_UNTIL(rd.done || (sc_caught(SIGUSR1) && sc_call_blocked_in(&rd, SYS_read)), SC_WAIT_MS,
		      "the handler to run and read() to wait again");
	SC_EXPECT(!rd.done, "read() returned %ld (%s) after the signal instead of restarting",
		  rd.ret, sc_errname(rd.err));
	sc_send_all(P->a, "late", 4);
	sc_call_expect_return(&rd, SC_BLOCKED_MS, "the data was sent");
	sc_observe_int("read_ret", rd.ret);
	SC_EXPECT_EQ(rd.ret, 4);
}
