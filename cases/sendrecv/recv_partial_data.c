/* recv(2): the receive calls return the data available, up to the amount
 * requested, without waiting for all of it: a blocking recv(100) with 10
 * bytes queued returns 10 at once. */
#include "sc.h"
#include "msgcall.h"

SC_CASE(recv_partial_data) = {
	.claim  = "a blocking recv() asking for more than is queued returns what is there at once",
	.source = SC_SRC("man:recv(2)", "partial data: The receive calls normally return any data available, up to the requested amount, rather than waiting for receipt of the full amount requested."),
	.kinds  = SC_STREAM,
	.key    = "returned",
};

SC_TEST(recv_partial_data)
{
	static struct sc_msgcall m;

	sc_send_all(P->a, "0123456789", 10);
	sc_wait_inq(P->b, 10, SC_WAIT_MS);
	sc_msgcall_start(&m, SC_MSG_RECV, P->b, 100, 0);
	sc_call_expect_return(&m.c, SC_BLOCKED_MS, "the call was made with 10 bytes queued");
	sc_observe_int("returned", m.c.ret);
	SC_EXPECT_EQ(m.c.ret, 10);
}
