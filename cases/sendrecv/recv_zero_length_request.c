/* recv(2) RETURN VALUE: recv() may also return 0 when the number of bytes
 * requested from a stream socket was 0; the queued data stays. */
#include "sc.h"

SC_CASE(recv_zero_length_request) = {
	.claim  = "recv() of 0 bytes from a stream socket returns 0 and leaves the queued data",
	.source = SC_SRC("man:recv(2)", "zero-length request: The value 0 may also be returned if the requested number of bytes to receive from a stream socket was 0."),
	.kinds  = SC_STREAM,
	.key    = "returned",
};

SC_TEST(recv_zero_length_request)
{
	char buf[8];

	sc_send_all(P->a, "kept", 4);
	sc_wait_inq(P->b, 4, SC_WAIT_MS);
	sc_observe_int("returned", SC_EXPECT_RET(recv(P->b, buf, 0, MSG_DONTWAIT), 0));
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 4);
}
