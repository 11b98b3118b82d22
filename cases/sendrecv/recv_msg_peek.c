/* recv(2) MSG_PEEK: returns data from the head of the receive queue without
 * removing it: the next receive returns the same data. */
#include "sc.h"

SC_CASE(recv_msg_peek) = {
	.claim  = "recv(MSG_PEEK) returns queued data without removing it; the next recv() returns it again",
	.source = SC_SRC("man:recv(2)", "MSG_PEEK: This flag causes the receive operation to return data from the beginning of the receive queue without removing that data from the queue."),
	.kinds  = SC_ALL,
	.key    = "peeked",
};

SC_TEST(recv_msg_peek)
{
	char a[8] = "", b[8] = "";
	struct sc_res r;

	SC_EXPECT_RET(send(P->a, "peek", 4, MSG_NOSIGNAL), 4);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	r = SC_CALL(recv(P->b, a, sizeof a, MSG_PEEK | MSG_DONTWAIT));
	sc_observe_int("peeked", r.ret);
	sc_expect_ret(SC_HERE, "recv(P->b, a, sizeof a, MSG_PEEK | MSG_DONTWAIT)", r, 4);
	SC_EXPECT(!strcmp(a, "peek"), "peeked \"%s\"", a);
	SC_EXPECT_RET(recv(P->b, b, sizeof b, MSG_DONTWAIT), 4);
	SC_EXPECT(!strcmp(b, "peek"), "then read \"%s\"", b);
	SC_EXPECT_ERRNO(recv(P->b, b, sizeof b, MSG_DONTWAIT), EAGAIN);
}
