/* Once a connected socket has reached end of file (the peer closed), every
 * later read returns 0 again: end of file is a lasting state, not a single
 * event, and it does not turn into an error. */
#include "sc.h"

SC_CASE(eof_read_zero_repeated) = {
	.claim  = "after the peer closes, every later read() and recv() returns 0 again",
	.source = SC_SRC("posix", "read(): no data and the peer has closed: return 0"),
	.also   = { SC_SRC("man:recv(2)", "orderly shutdown: when a stream socket peer has performed an orderly shutdown, the return value will be 0") },
	.kinds  = SC_CONNECTED,
	.key    = "zero_reads",
};

SC_TEST(eof_read_zero_repeated)
{
	char buf[16];
	int n;

	sc_send_all(P->a, "ab", 2);
	sc_close(&P->a);
	SC_EXPECT_RET(read(P->b, buf, sizeof buf), 2);
	for (n = 0; n < 5; n++) {
		SC_EXPECT_RET(read(P->b, buf, sizeof buf), 0);
		SC_EXPECT_RET(recv(P->b, buf, sizeof buf, 0), 0);
		SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 0);
	}
	sc_observe_int("zero_reads", 3 * n);
}
