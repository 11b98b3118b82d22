/* send(2) EOPNOTSUPP: a flag is inappropriate for the socket type:
 * MSG_OOB where there is no out-of-band data (datagram and seqpacket
 * types, stream protocols without urgent data) fails with EOPNOTSUPP. */
#include "sc.h"

SC_CASE(send_eopnotsupp) = {
	.claim  = "send(MSG_OOB) on a socket without out-of-band data fails with EOPNOTSUPP",
	.source = SC_SRC("man:send(2)", "EOPNOTSUPP: Some bit in the flags argument is inappropriate for the socket type."),
	.kinds  = SC_ALL,
	.exclude = SC_URGENT | SC_UNIX, /* AF_UNIX: unix_no_oob */
	.key    = "errno",
};

SC_TEST(send_eopnotsupp)
{
	struct sc_res r = SC_CALL(send(P->a, "x", 1, MSG_OOB | MSG_NOSIGNAL));

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, "send(MSG_OOB)", r, (const int[]){ EOPNOTSUPP }, 1);
}
