/* accept(2): when addr is NULL nothing is filled in: accept() succeeds
 * and an addrlen passed beside it keeps its value. */
#include "sc.h"

SC_CASE(accept_addr_null) = {
	.claim   = "accept() with addr NULL fills nothing in: it succeeds and leaves *addrlen as it was",
	.source  = SC_SRC("man:accept(2)", "addr NULL: When addr is NULL, nothing is filled in"),
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "addrlen",
};

#define SENTINEL 77

SC_TEST(accept_addr_null)
{
	socklen_t len = SENTINEL;

	sc_listen(P, 4);
	P->a = sc_connect(P);
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
	sc_track(SC_EXPECT_OK(accept4(P->l, NULL, &len, SOCK_CLOEXEC)));
	sc_observe_int("addrlen", len);
	SC_EXPECT_EQ(len, SENTINEL);
}
