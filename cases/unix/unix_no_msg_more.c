/* unix(7) Sockets API: the send(2) MSG_MORE flag is not supported by
 * UNIX domain sockets: data sent with it is not held back for more (the
 * peer can read it at once) nor joined to the next message; a send that
 * refuses the flag with EOPNOTSUPP says the same. */
#include "sc.h"
#include <linux/sockios.h>
#include <sys/ioctl.h>

SC_CASE(unix_no_msg_more) = {
	.claim  = "MSG_MORE does nothing on AF_UNIX sockets: the data is readable at once and not merged with the next send",
	.source = SC_SRC("man:unix(7)", "no MSG_MORE: The send(2) MSG_MORE flag is not supported by UNIX domain sockets."),
	.kinds  = SC_UNIX,
	.key    = "send_more",
};

SC_TEST(unix_no_msg_more)
{
	struct sc_res r = SC_CALL(send(P->a, "ab", 2, MSG_MORE | MSG_DONTWAIT));
	char b[8];
	int inq = -1;

	sc_observe_str("send_more", r.ret < 0 ? sc_errname(r.err) : "accepted");
	if (r.ret < 0 && r.err == EOPNOTSUPP) {
		sc_expect_fail(SC_HERE, "send(MSG_MORE)", r, (const int[]){ EOPNOTSUPP }, 1);
		return;
	}
	sc_expect_ret(SC_HERE, "send(MSG_MORE)", r, 2);
	SC_EXPECT(sc_poll(P->b, POLLIN, 0) & POLLIN, "the bytes sent with MSG_MORE are not readable at once");
	SC_EXPECT_OK(ioctl(P->b, SIOCINQ, &inq));
	SC_EXPECT_EQ(inq, 2);
	SC_EXPECT_RET(send(P->a, "cd", 2, MSG_DONTWAIT), 2);
	if (P->kind->type != SOCK_STREAM) {
		SC_EXPECT_RET(recv(P->b, b, sizeof b, MSG_DONTWAIT), 2);
		SC_EXPECT_RET(recv(P->b, b, sizeof b, MSG_DONTWAIT), 2);
	}
}
