/* send(2) EMSGSIZE: the socket type sends messages atomically and the
 * message is too large: send() fails with EMSGSIZE and nothing is
 * transmitted (the peer has nothing to read). */
#include "sc.h"
#include <stdlib.h>

SC_CASE(send_emsgsize) = {
	.claim  = "a message too large to send atomically fails with EMSGSIZE and is not transmitted",
	.source = SC_SRC("man:send(2)", "EMSGSIZE: The socket type requires that message be sent atomically, and the size of the message to be sent made this impossible."),
	.also   = { SC_SRC("man:send(2)", "EMSGSIZE not transmitted: the error EMSGSIZE is returned, and the message is not transmitted") },
	.kinds  = SC_MESSAGE,
	.key    = "size",
};

SC_TEST(send_emsgsize)
{
	/* Beyond UDP's 65507 and beyond the send buffer (AF_UNIX). */
	long size = 2 * sc_sockopt_int(P->a, SO_SNDBUF);
	char *big, c;

	if (size < 70000)
		size = 70000;
	big = calloc(1, (size_t)size);
	SC_REQUIRE(big, "out of memory");
	sc_observe_int("size", size);
	SC_EXPECT_ERRNO(send(P->a, big, (size_t)size, MSG_NOSIGNAL | MSG_DONTWAIT), EMSGSIZE);
	free(big);
	/* Something sent after it arrives first: nothing went before it. */
	SC_EXPECT_RET(send(P->a, "n", 1, MSG_NOSIGNAL), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message sent afterwards");
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_DONTWAIT | MSG_TRUNC), 1);
	SC_EXPECT_ERRNO(recv(P->b, &c, 1, MSG_DONTWAIT), EAGAIN);
}
