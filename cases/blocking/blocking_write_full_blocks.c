/* The tutorial: when the output buffer has less room than the data,
 * write()/send() blocks until room is made.  The writer is released with a
 * signal handled without SA_RESTART; signal(7) lets it return either the
 * bytes it queued before blocking or EINTR. */
#include "sc.h"
#include <stdio.h>

SC_CASE(blocking_write_full_blocks) = {
	.claim   = "a blocking write() into a full send buffer blocks until room is made (a signal then ends it with a partial count or EINTR)",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: 如果缓冲区的可用空间长度小于要发送的数据，那么 write()、send() 会被阻塞"),
	.also    = { SC_SRC("man:signal(7)", "Interruption of system calls and library functions by signal handlers") },
	.kinds   = SC_CONNECTED | SC_UNIX, /* UDP drops instead of blocking */
	.key     = "interrupted_write",
};

SC_TEST(blocking_write_full_blocks)
{
	static struct sc_call wr;
	size_t len = 1024;
	char how[64];

	if (P->kind->type == SOCK_STREAM)
		/* More than both buffers can take even if some room frees up. */
		len = 2 * (size_t)(sc_sockopt_int(P->a, SO_SNDBUF) + sc_sockopt_int(P->b, SO_RCVBUF));
	sc_observe_int("queued_before", (long)sc_fill(P->a));
	sc_catch(SIGUSR1, 0);
	sc_call_start(&wr, SC_OP_WRITE, P->a, len);
	sc_call_wait_blocked(&wr, SYS_write, "the writer to block in write()");
	if (wr.done)
		sc_observe_str("unblocked_write", wr.ret < 0 ? sc_errname(wr.err) : "returned a count");
	SC_EXPECT(!wr.done, "write() of %zu bytes into a full buffer returned %ld (%s) without blocking",
		  len, wr.ret, sc_errname(wr.err));
	SC_REQUIRE(pthread_kill(wr.th, SIGUSR1) == 0, "pthread_kill failed");
	sc_call_expect_return(&wr, SC_BLOCKED_MS, "SIGUSR1 was handled");
	if (wr.ret < 0)
		snprintf(how, sizeof how, "%s", sc_errname(wr.err));
	else
		snprintf(how, sizeof how, "partial %ld of %zu", wr.ret, len);
	sc_observe_str("interrupted_write", how);
	SC_EXPECT((wr.ret == -1 && wr.err == EINTR) || (wr.ret > 0 && (size_t)wr.ret < len),
		  "write() returned %s", how);
}
