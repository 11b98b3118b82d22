/* unix(7) Sockets API: UNIX domain sockets do not support out-of-band
 * data: send(2) with MSG_OOB fails with EOPNOTSUPP ("tried to use the
 * out-of-band data option"). */
#include "sc.h"

SC_CASE(unix_no_oob) = {
	.claim  = "send() with MSG_OOB on an AF_UNIX socket fails with EOPNOTSUPP: no out-of-band data",
	.source = SC_SRC("man:unix(7)", "no out-of-band data: UNIX domain sockets do not support the transmission of out-of-band data (the MSG_OOB flag for send(2) and recv(2))"),
	.also   = { SC_SRC("man:unix(7)", "EOPNOTSUPP: ... or tried to use the out-of-band data option") },
	.kinds  = SC_UNIX,
	.key    = "send_oob",
};

SC_TEST(unix_no_oob)
{
	struct sc_res r = SC_CALL(send(P->a, "o", 1, MSG_OOB | MSG_DONTWAIT));
	char b[4];

	sc_observe_str("send_oob", r.ret < 0 ? sc_errname(r.err) : "sent");
	if (r.ret == 1) {
		struct sc_res rr;

		sc_wait_fd(P->b, POLLPRI | POLLIN, SC_WAIT_MS, "the out-of-band byte");
		rr = SC_CALL(recv(P->b, b, 1, MSG_OOB | MSG_DONTWAIT));
		sc_observe_str("recv_oob", rr.ret == 1 ? "received" : rr.ret < 0 ? sc_errname(rr.err) : "none");
	}
	sc_expect_fail(SC_HERE, "send(MSG_OOB)", r, (const int[]){ EOPNOTSUPP }, 1);
}
