/* The tutorial: read()/recv() return only once they have read data, and
 * block otherwise.  A connection that ended has no data to wait for: after
 * the peer's close read() returns 0 at once, after a reset -1 ECONNRESET;
 * neither blocks. */
#include "sc.h"
#include <stdio.h>

SC_CASE(blocking_read_returns_only_with_data) = {
	.claim   = "read() returns only after reading data; with no data it blocks",
	.source  = SC_SRC("seed", "socket 缓冲区以及阻塞模式: 直到读取到数据后 read()、recv() 函数才会返回，否则就一直被阻塞"),
	.kinds   = SC_CONNECTED,
	.key     = "read",
};

static const struct end {
	SC_VARIANT_HEAD;
	int reset;
} ends[] = {
	{ .name = "peer_closed" },
	/* SO_LINGER {1, 0}: close() sends a reset (RFC 9293 ABORT). */
	{ .name = "peer_reset", .kinds = SC_TCP, .reset = 1 },
};
SC_VARIANTS(ends);

SC_TEST(blocking_read_returns_only_with_data)
{
	const struct end *V = P->variant;
	static struct sc_call rd;
	char how[64];

	if (V->reset) {
		struct linger lg = { 1, 0 };

		SC_REQUIRE_OK(setsockopt(P->a, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
	}
	sc_close(&P->a);
	sc_wait_end(P->b, SC_WAIT_MS, "the end of the connection at the reader");
	sc_call_start(&rd, SC_OP_READ, P->b, 64);
	SC_WAIT_UNTIL(sc_call_done(&rd) || sc_call_blocked_in(&rd, SYS_read), SC_WAIT_MS,
		      "read() to return or block");
	snprintf(how, sizeof how, "%s", !sc_call_done(&rd) ? "blocked" :
		 rd.ret < 0 ? sc_errname(rd.err) : rd.ret == 0 ? "0 (end of file)" : "data");
	sc_observe_str("read", how);
	SC_EXPECT(!sc_call_done(&rd) || rd.ret > 0, "read() with no data returned at once: %s", how);
}
