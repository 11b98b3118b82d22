/* socket(7) SO_ERROR: get and clear the pending socket error.  An
 * asynchronous error (harness/pending_error.h: an ICMP port unreachable,
 * a reset, a peer gone with data unread) is left pending; the first read
 * of SO_ERROR returns it, the second reads 0. */
#include "sc.h"
#include "pending_error.h"

SC_CASE(sockopt_so_error) = {
	.claim  = "getsockopt(SO_ERROR) returns the pending error and clears it: a second read gives 0",
	.source = SC_SRC("man:socket(7)", "SO_ERROR: Get and clear the pending socket error"),
	.kinds  = SC_ALL,
	.key    = "so_error",
};

SC_TEST(sockopt_so_error)
{
	int want = sc_pending_error(P), so = -1;
	socklen_t len = sizeof so;

	SC_EXPECT_OK(getsockopt(P->a, SOL_SOCKET, SO_ERROR, &so, &len));
	sc_observe_str("so_error", so ? sc_errname(so) : "0");
	SC_EXPECT(so == want, "SO_ERROR is %s, the pending error is %s", so ? sc_errname(so) : "0",
		  sc_errname(want));
	so = -1;
	len = sizeof so;
	SC_EXPECT_OK(getsockopt(P->a, SOL_SOCKET, SO_ERROR, &so, &len));
	sc_observe_str("so_error_again", so ? sc_errname(so) : "0");
	SC_EXPECT(so == 0, "SO_ERROR read again is %s: the first read did not clear it",
		  sc_errname(so));
}
