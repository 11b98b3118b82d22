/* accept(2), RETURN VALUE: on error, -1 is returned, errno is set, and
 * addrlen is left unchanged (nor is addr written).  The error here: an
 * empty non-blocking listener (EAGAIN). */
#include "sc.h"

SC_CASE(accept_addrlen_unchanged_on_error) = {
	.claim   = "accept() that fails leaves *addrlen (and addr) unchanged",
	.source  = SC_SRC("man:accept(2)", "addrlen unchanged on error: errno is set to indicate the error, and addrlen is left unchanged"),
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "addrlen",
};

#define SENTINEL 77

SC_TEST(accept_addrlen_unchanged_on_error)
{
	struct sockaddr_storage ss;
	socklen_t len = SENTINEL;
	struct sc_res r;

	sc_listen(P, 4);
	sc_set_nonblock(P->l, 1);
	memset(&ss, 0xa5, sizeof ss);
	r = SC_CALL(accept4(P->l, (struct sockaddr *)&ss, &len, SOCK_CLOEXEC));
	sc_track((int)r.ret);
	SC_EXPECT_ERRNO_RES("accept() on an empty non-blocking listener", r, EAGAIN, EWOULDBLOCK);
	sc_observe_int("addrlen", len);
	SC_EXPECT_EQ(len, SENTINEL);
	SC_EXPECT(((unsigned char *)&ss)[0] == 0xa5 && ((unsigned char *)&ss)[1] == 0xa5,
		  "addr was written by the failing call");
}
