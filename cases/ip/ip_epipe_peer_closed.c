/* ip(7): EPIPE: the connection was unexpectedly closed or shut down by
 * the other end.  After the peer closes, a write soon fails with EPIPE
 * (the first may still be taken; the peer answers it with a reset). */
#include "sc.h"

SC_CASE(ip_epipe_peer_closed) = {
	.claim   = "writes to a connection the peer has closed fail with EPIPE",
	.source  = SC_SRC("man:ip(7)", "EPIPE: The connection was unexpectedly closed or shut down by the other end."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 sockets */
	.exclude = SC_DGRAM,		/* connection-oriented kinds */
	.key     = "write_errno",
};

SC_TEST(ip_epipe_peer_closed)
{
	struct sc_res r;

	sc_break_pipe(P);
	r = sc_send1(P->a, MSG_NOSIGNAL);
	if (r.ret >= 0)		/* a connection that takes it even now */
		r = sc_send1(P->a, MSG_NOSIGNAL);
	sc_observe_str("write_errno", r.ret < 0 ? sc_errname(r.err) : "none");
	SC_EXPECT_ERRNO_RES("send() after the peer closed", r, EPIPE);
}
