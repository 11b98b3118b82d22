/* listen(2): if a connection request arrives when the queue is full, the
 * client may receive an error with an indication of ECONNREFUSED or, if
 * the underlying protocol supports retransmission, the request may be
 * ignored.  AF_UNIX has no retransmission: a non-blocking connect to a
 * full AF_UNIX listener is answered at once, and the page's answer is
 * ECONNREFUSED. */
#include "sc.h"

SC_CASE(listen_full_unix_refused) = {
	.claim   = "a connection request to a full AF_UNIX listener (no retransmission) is refused with ECONNREFUSED",
	.source  = SC_SRC("man:listen(2)", "full queue refused: If a connection request arrives when the queue is full, the client may receive an error with an indication of ECONNREFUSED"),
	.kinds   = SC_UNIX,
	.require = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(listen_full_unix_refused)
{
	int over, err;
	long cap;

	sc_listen(P, 1);
	cap = sc_fill_queue(P, 16, &over, &err);
	sc_observe_int("capacity", cap);
	SC_REQUIRE(over >= 0, "all %ld connections were queued", cap);
	sc_observe_str("errno", sc_errname(err));
	SC_EXPECT_ERRNO_RES("non-blocking connect() to the full listener", ((struct sc_res){ -1, err }), ECONNREFUSED);
}
