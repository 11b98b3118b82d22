/* signal(7): a blocking read on a socket interrupted by a signal whose
 * handler was installed without SA_RESTART fails with EINTR. */
#include "sc.h"

SC_CASE(blocking_read_eintr) = {
	.claim   = "a blocked read() interrupted by a handled signal without SA_RESTART fails with EINTR",
	.source  = SC_SRC("man:signal(7)", "Interruption of system calls and library functions by signal handlers: otherwise the call fails with the error EINTR"),
	.also    = { SC_SRC("seed", "使用 write() 和 read() 方法 socket 数据的接收和发送: 如果错误为 EINTR 说明读是由中断引起的") },
	.kinds   = SC_ALL,
	.key     = "interrupted_read",
};

SC_TEST(blocking_read_eintr)
{
	static struct sc_call rd;

	sc_catch(SIGUSR1, 0);
	sc_call_start(&rd, SC_OP_READ, P->b, 64);
	sc_call_wait_blocked(&rd, SYS_read, "the reader to block in read()");
	SC_REQUIRE(!rd.done, "read() returned %ld before any signal", rd.ret);
	SC_REQUIRE(pthread_kill(rd.th, SIGUSR1) == 0, "pthread_kill failed");
	sc_call_expect_return(&rd, SC_BLOCKED_MS, "SIGUSR1 was handled");
	sc_observe_str("interrupted_read", rd.ret < 0 ? sc_errname(rd.err) : "returned");
	SC_EXPECT_EQ(sc_caught(SIGUSR1), 1);
	SC_EXPECT_ERRNO_RES("read() interrupted by SIGUSR1", sc_call_res(&rd), EINTR);
}
