/* socket(7) SO_BSDCOMPAT: once it kept ICMP errors from UDP sockets;
 * since Linux 2.4 it is silently ignored.  Set, the option is accepted and
 * a connected UDP socket still gets the ICMP port unreachable as
 * ECONNREFUSED. */
#include "sc.h"
#include "pending_error.h"

SC_CASE(sockopt_bsdcompat_ignored) = {
	.claim  = "SO_BSDCOMPAT is accepted and ignored: ICMP errors still reach the UDP socket",
	.source = SC_SRC("man:socket(7)", "SO_BSDCOMPAT: In later kernel versions, support for this option has been phased out: Linux 2.4 silently ignores it"),
	.kinds  = SC_UDP,
	.key    = "so_error",
};

SC_TEST(sockopt_bsdcompat_ignored)
{
	int one = 1, so = 0, want;
	socklen_t len = sizeof so;

	SC_EXPECT_OK(setsockopt(P->a, SOL_SOCKET, SO_BSDCOMPAT, &one, sizeof one));
	want = sc_pending_error(P);
	SC_EXPECT_OK(getsockopt(P->a, SOL_SOCKET, SO_ERROR, &so, &len));
	sc_observe_str("so_error", so ? sc_errname(so) : "0");
	SC_EXPECT(so == want, "SO_ERROR is %s with SO_BSDCOMPAT set", so ? sc_errname(so) : "0");
}
