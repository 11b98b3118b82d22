/* send(2): with flags 0, send() is write(2): a write() and a send(fd, buf,
 * n, 0) each return n and deliver their bytes alike, in order (one message
 * each on message sockets). */
#include "sc.h"

SC_CASE(send_is_write) = {
	.claim  = "send() with flags 0 behaves as write(): same return, same delivery",
	.source = SC_SRC("man:send(2)", "send is write: With a zero flags argument, send() is equivalent to write(2)."),
	.kinds  = SC_ALL,
	.key    = "received",
};

SC_TEST(send_is_write)
{
	char buf[16] = "";
	long got = 0, n;

	SC_EXPECT_RET(write(P->a, "wri", 3), 3);
	SC_EXPECT_RET(send(P->a, "sen", 3, 0), 3);
	while (got < 6) {
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the bytes");
		n = recv(P->b, buf + got, sizeof buf - 1 - (size_t)got, MSG_DONTWAIT);
		SC_REQUIRE(n > 0, "recv() failed: %s", sc_errname(errno));
		if (P->kind->type != SOCK_STREAM)
			SC_EXPECT_EQ(n, 3);
		got += n;
	}
	sc_observe_str("received", buf);
	SC_EXPECT(!strcmp(buf, "wrisen"), "received \"%s\"", buf);
}
