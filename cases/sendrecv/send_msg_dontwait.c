/* send(2) MSG_DONTWAIT: a per-call non-blocking send: on a blocking socket
 * whose buffer is full it fails at once with EAGAIN, and the socket stays
 * blocking (O_NONBLOCK is not set on the file description). */
#include "sc.h"
#include "msgcall.h"

SC_CASE(send_msg_dontwait) = {
	.claim  = "send(MSG_DONTWAIT) on a full blocking socket fails at once with EAGAIN, leaving the socket blocking",
	.source = SC_SRC("man:send(2)", "MSG_DONTWAIT: Enables nonblocking operation; if the operation would block, EAGAIN or EWOULDBLOCK is returned. ... MSG_DONTWAIT is a per-call option"),
	.kinds  = SC_CONNECTED | SC_UNIX,
	.key    = "queued",
};

SC_TEST(send_msg_dontwait)
{
	sc_observe_int("queued", (long)sc_fill_settled(P->a));
	SC_EXPECT_ERRNO(send(P->a, "x", 1, MSG_DONTWAIT | MSG_NOSIGNAL), EAGAIN, EWOULDBLOCK);
	SC_EXPECT_EQ(fcntl(P->a, F_GETFL) & O_NONBLOCK, 0);
}
