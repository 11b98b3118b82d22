/* connect(2) EINPROGRESS: a non-blocking connect that cannot complete at
 * once fails with EINPROGRESS; the socket becomes writable on completion and
 * SO_ERROR then reads 0.  AF_UNIX connects complete (or fail) at once:
 * which result each kind gives is recorded. */
#include "sc.h"
#include <poll.h>

SC_CASE(connect_nonblock_einprogress) = {
	.claim  = "a non-blocking connect() returns EINPROGRESS (or completes at once); once writable, SO_ERROR is 0",
	.source = SC_SRC("man:connect(2)", "EINPROGRESS: The socket is nonblocking and the connection cannot be completed immediately ... SO_ERROR is zero (connect() completed successfully)"),
	.also   = { SC_SRC("posix", "connect(): [EINPROGRESS] O_NONBLOCK is set ... the connection shall be established asynchronously") },
	.kinds  = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "nonblocking_connect",
};

SC_TEST(connect_nonblock_einprogress)
{
	struct sc_res r;
	int fd, so = -1;
	socklen_t sl = sizeof so;

	sc_listen(P, 4);
	fd = sc_connect_nb(P, &r);
	sc_observe_str("nonblocking_connect", r.ret == 0 ? "0" : sc_errname(r.err));
	SC_EXPECT(r.ret == 0 || r.err == EINPROGRESS, "connect() gave %s",
		  r.ret == 0 ? "0" : sc_errname(r.err));
	SC_EXPECT_EQ(sc_wait_fd(fd, POLLOUT, SC_WAIT_MS, "the connect to complete") & POLLOUT, POLLOUT);
	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_ERROR, &so, &sl));
	SC_EXPECT_EQ(so, 0);
	if (P->kind->caps & SC_TCP)
		SC_EXPECT_EQ(sc_tcp_state(fd), TCP_ESTABLISHED);
}
