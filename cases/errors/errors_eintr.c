/* accept(2), connect(2): a blocking call interrupted by a signal caught
 * by a handler installed without SA_RESTART fails with EINTR.  accept()
 * waits on an empty queue; connect() waits on a listener whose queue is
 * full (its SYN dropped; AF_UNIX waits for room). */
#include "sc.h"

SC_CASE(errors_eintr) = {
	.claim   = "a blocked accept() or connect() interrupted by a caught signal (no SA_RESTART) fails with EINTR",
	.source  = SC_SRC("man:accept(2)", "EINTR: The system call was interrupted by a signal that was caught before a valid connection arrived"),
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

enum op { ACCEPT, CONNECT };

static const struct call {
	SC_VARIANT_HEAD;
	enum op op;
} calls[] = {
	{ .name = "accept", .src = SC_SRC("man:accept(2)", "EINTR: The system call was interrupted by a signal that was caught before a valid connection arrived"), .op = ACCEPT },
	/* the kinds whose full queue can be made: a connect then waits */
	{ .name = "connect", .src = SC_SRC("man:connect(2)", "EINTR: The system call was interrupted by a signal that was caught"), .kinds = SC_TCP | SC_UNIX, .op = CONNECT },
};
SC_VARIANTS(calls);

SC_TEST(errors_eintr)
{
	const struct call *V = P->variant;
	static struct sc_call c;
	int over, err;
	long sysno = SYS_accept4;

	sc_catch(SIGUSR1, 0);
	if (V->op == ACCEPT) {
		sc_listen(P, 4);
		sc_call_start(&c, SC_OP_ACCEPT, P->l, 0);
	} else {
		sc_listen(P, 0);
		sc_observe_int("queued", sc_fill_queue(P, 8, &over, &err));
		SC_REQUIRE(over >= 0, "the listener's queue never filled");
		c.addr = (struct sockaddr *)&P->addr;
		c.addrlen = P->addrlen;
		sc_call_start(&c, SC_OP_CONNECT, sc_kind_socket(P->kind), 0);
		sysno = SYS_connect;
	}
	sc_call_wait_blocked(&c, sysno, "the call to block");
	SC_REQUIRE(!sc_call_done(&c), "%s returned %ld (%s) before any signal", V->name,
		   c.ret, sc_errname(c.err));
	SC_REQUIRE(pthread_kill(c.th, SIGUSR1) == 0, "pthread_kill failed");
	sc_call_expect_return(&c, SC_BLOCKED_MS, "SIGUSR1 was caught");
	sc_track((int)(V->op == ACCEPT ? c.ret : -1));
	sc_observe_str("errno", c.ret < 0 ? sc_errname(c.err) : "returned");
	SC_EXPECT_EQ(sc_caught(SIGUSR1), 1);
	SC_EXPECT_ERRNO_RES(V->name, sc_call_res(&c), EINTR);
}
