/* tcp(7) Sockets API: on TCP, recv(MSG_TRUNC) discards the bytes it
 * receives instead of copying them to the caller's buffer (which may be
 * NULL): each call returns the 4 bytes it consumed, leaves the buffer
 * untouched, and afterwards nothing is left to read. */
#include "sc.h"

SC_CASE(tcp_msg_trunc_discards) = {
	.claim  = "recv(MSG_TRUNC) on TCP discards the bytes received instead of copying them",
	.source = SC_SRC("man:tcp(7)", "MSG_TRUNC discards: This flag causes the received bytes of data to be discarded, rather than passed back in a caller-supplied buffer."),
	.kinds  = SC_TCP,
	.key    = "discarded",
};

SC_TEST(tcp_msg_trunc_discards)
{
	char buf[8] = "----", rest[8] = "";

	sc_send_all(P->a, "gonekept", 8);
	sc_wait_inq(P->b, 8, SC_WAIT_MS);
	sc_observe_int("discarded", recv(P->b, NULL, 4, MSG_TRUNC | MSG_DONTWAIT));
	SC_EXPECT_EQ(sc_inq(P->b), 4);
	SC_EXPECT_RET(recv(P->b, buf, 4, MSG_TRUNC | MSG_DONTWAIT), 4);
	SC_EXPECT(!memcmp(buf, "----", 4), "the buffer was written: \"%.4s\"", buf);
	SC_EXPECT_ERRNO(recv(P->b, rest, sizeof rest, MSG_DONTWAIT), EAGAIN);
}
