/* tcp(7) Sockets API: MSG_TRUNC also discards with MSG_OOB: recv(MSG_OOB |
 * MSG_TRUNC) consumes the urgent byte without copying it (the buffer is
 * untouched, a later MSG_OOB read finds nothing: EINVAL). */
#include "sc.h"
#include "urgent.h"

SC_CASE(tcp_msg_trunc_oob) = {
	.claim  = "recv(MSG_OOB | MSG_TRUNC) consumes the urgent byte without copying it",
	.source = SC_SRC("man:tcp(7)", "MSG_TRUNC with MSG_OOB: also has this effect when used in conjunction with MSG_OOB to receive out-of-band data"),
	.kinds  = SC_TCP,
	.key    = "buffer",
};

SC_TEST(tcp_msg_trunc_oob)
{
	char c = '-';

	sc_send_urgent(P->a, P->b, "", 'U');
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_OOB | MSG_TRUNC | MSG_DONTWAIT), 1);
	sc_observe_int("buffer", c);
	SC_EXPECT_EQ(c, '-');
	SC_EXPECT_ERRNO(recv(P->b, &c, 1, MSG_OOB | MSG_DONTWAIT), EINVAL);
}
