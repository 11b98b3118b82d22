/* send(2) MSG_OOB: sends out-of-band data on sockets that support it (the
 * stream kinds): the receiver is told of urgent data (POLLPRI) and reads
 * the byte with recv(MSG_OOB). */
#include "sc.h"
#include "urgent.h"

SC_CASE(send_msg_oob) = {
	.claim  = "send(MSG_OOB) on a stream socket sends the byte as out-of-band data: the peer polls POLLPRI and reads it with MSG_OOB",
	.source = SC_SRC("man:send(2)", "MSG_OOB: Sends out-of-band data on sockets that support this notion (e.g., of type SOCK_STREAM)"),
	.kinds  = SC_URGENT,
	.key    = "oob",
};

SC_TEST(send_msg_oob)
{
	char c = 0;

	sc_send_urgent(P->a, P->b, "", '!');
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_OOB | MSG_DONTWAIT), 1);
	sc_observe_int("oob", c);
	SC_EXPECT_EQ(c, '!');
}
