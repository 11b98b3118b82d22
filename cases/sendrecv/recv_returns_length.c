/* recv(2): the calls return the length of the message: a 37-byte message
 * read into a 100-byte buffer returns 37. */
#include "sc.h"

SC_CASE(recv_returns_length) = {
	.claim  = "recv() of a message returns its length",
	.source = SC_SRC("man:recv(2)", "returns length: All three calls return the length of the message on successful completion."),
	.kinds  = SC_MESSAGE,
	.key    = "returned",
};

SC_TEST(recv_returns_length)
{
	char msg[37] = { 0 }, buf[100];

	SC_EXPECT_RET(send(P->a, msg, sizeof msg, MSG_NOSIGNAL), 37);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message");
	sc_observe_int("returned", SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 37));
}
