/* tcp(7) TCP_NODELAY: TCP_CORK overrides it, but setting TCP_NODELAY
 * flushes pending output even while TCP_CORK is set.  A corked small write
 * reaches the peer as soon as TCP_NODELAY is set, the cork still on. */
#include "sc.h"
#include "optclaim.h"

SC_CASE(tcp_nodelay_flushes_cork) = {
	.claim  = "setting TCP_NODELAY sends output held by TCP_CORK at once, the cork staying set",
	.source = SC_SRC("man:tcp(7)", "TCP_NODELAY: This option is overridden by TCP_CORK; however, setting this option forces an explicit flush of pending output, even if TCP_CORK is currently set."),
	.kinds  = SC_TCP,
	.key    = "flushed",
};

SC_TEST(tcp_nodelay_flushes_cork)
{
	SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_CORK, 1);
	SC_EXPECT_RET(send(P->a, "held", 4, 0), 4);
	SC_EXPECT_EQ(sc_inq(P->b), 0);
	SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_NODELAY, 1);
	/* Far below the cork's 200 ms ceiling. */
	sc_poll(P->b, POLLIN, 100);
	sc_observe_int("flushed", sc_inq(P->b));
	SC_EXPECT_EQ(sc_inq(P->b), 4);
	SC_EXPECT_EQ(sc_getopt_int(P->a, IPPROTO_TCP, TCP_CORK), 1);
}
