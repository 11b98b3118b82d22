/* recv(2): a message too long for the buffer may lose its excess bytes,
 * depending on the socket type: message sockets discard them (the next
 * recv() returns the next message), stream sockets keep them for the next
 * read. */
#include "sc.h"

SC_CASE(recv_excess_discarded) = {
	.claim  = "bytes beyond the buffer are discarded on message sockets and kept on stream sockets",
	.source = SC_SRC("man:recv(2)", "excess discarded: excess bytes may be discarded depending on the type of socket the message is received from"),
	.kinds  = SC_ALL,
	.key    = "next",
};

SC_TEST(recv_excess_discarded)
{
	char buf[8] = "", next[16] = "";

	SC_EXPECT_RET(send(P->a, "0123456789", 10, MSG_NOSIGNAL), 10);
	SC_EXPECT_RET(send(P->a, "next", 4, MSG_NOSIGNAL), 4);
	if (P->kind->type == SOCK_STREAM)
		sc_wait_inq(P->b, 14, SC_WAIT_MS);
	else
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the messages");
	SC_EXPECT_RET(recv(P->b, buf, 4, MSG_DONTWAIT), 4);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "what follows");
	recv(P->b, next, 4, MSG_DONTWAIT);
	sc_observe_str("next", next);
	if (P->kind->type == SOCK_STREAM)
		SC_EXPECT(!strcmp(next, "4567"), "the next read returned \"%s\", not the kept bytes", next);
	else
		SC_EXPECT(!strcmp(next, "next"), "the next read returned \"%s\", not the next message", next);
}
