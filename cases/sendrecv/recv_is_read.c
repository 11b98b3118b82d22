/* recv(2): with flags 0, recv() is generally read(2): a read() and a
 * recv(fd, buf, n, 0) each return the next data (the next message on
 * message sockets), in order. */
#include "sc.h"

SC_CASE(recv_is_read) = {
	.claim  = "recv() with flags 0 returns what read() would: the next data, in order",
	.source = SC_SRC("man:recv(2)", "recv is read: With a zero flags argument, recv() is generally equivalent to read(2)"),
	.kinds  = SC_ALL,
	.key    = "read",
};

SC_TEST(recv_is_read)
{
	char a[8] = "", b[8] = "";

	SC_EXPECT_RET(send(P->a, "one", 3, MSG_NOSIGNAL), 3);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the first data");
	SC_EXPECT_RET(read(P->b, a, sizeof a), 3);
	SC_EXPECT_RET(send(P->a, "two", 3, MSG_NOSIGNAL), 3);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the second data");
	SC_EXPECT_RET(recv(P->b, b, sizeof b, 0), 3);
	sc_observe_str("read", a);
	SC_EXPECT(!strcmp(a, "one") && !strcmp(b, "two"), "read \"%s\", recv \"%s\"", a, b);
}
