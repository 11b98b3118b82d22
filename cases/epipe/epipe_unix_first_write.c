/* On an AF_UNIX stream or seqpacket socket there is no RST round trip: the
 * very first write after the peer has closed fails with EPIPE. */
#include "sc.h"

SC_CASE(epipe_unix_first_write) = {
	.claim  = "on AF_UNIX stream and seqpacket sockets the first write after the peer closed fails with EPIPE",
	.source = SC_SRC("man:unix(7)", "EPIPE: the remote socket was closed on a stream socket"),
	.also   = { SC_SRC("posix", "send(): [EPIPE] the socket is connection-mode and is no longer connected") },
	.kinds  = SC_CONNECTED,
	.require = SC_UNIX,
	.key    = "first_write",
};

SC_TEST(epipe_unix_first_write)
{
	struct sc_res r;

	sc_close(&P->b);
	r = SC_CALL(send(P->a, "x", 1, MSG_NOSIGNAL));
	sc_observe_str("first_write", r.ret < 0 ? sc_errname(r.err) : "succeeded");
	SC_EXPECT(r.ret == -1 && r.err == EPIPE, "the first write returned %ld %s",
		  r.ret, r.ret < 0 ? sc_errname(r.err) : "");
	SC_EXPECT_ERRNO(write(P->a, "y", 1), EPIPE);
}
