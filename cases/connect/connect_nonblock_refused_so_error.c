/* connect(2): a non-blocking connect to an address where no one listens
 * fails, either at once with ECONNREFUSED or with EINPROGRESS followed, when
 * the socket reports writable, by SO_ERROR ECONNREFUSED.  Which path each
 * kind takes is recorded. */
#include "sc.h"
#include <poll.h>

SC_CASE(connect_nonblock_refused_so_error) = {
	.claim  = "a refused non-blocking connect() reports ECONNREFUSED, at once or through SO_ERROR once the socket is writable",
	.source = SC_SRC("man:connect(2)", "EINPROGRESS: ... use getsockopt(2) to read the SO_ERROR option ... or one of the usual error codes listed here, explaining the reason for the failure"),
	.kinds  = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "refusal_path",
};

SC_TEST(connect_nonblock_refused_so_error)
{
	struct sockaddr_storage ss;
	socklen_t len, sl;
	struct sc_res r;
	int fd, so = -1;

	sc_bound_socket(P, &ss, &len);
	fd = sc_kind_socket(P->kind);
	sc_set_nonblock(fd, 1);
	r = SC_CALL(connect(fd, (struct sockaddr *)&ss, len));
	sc_observe_str("nonblocking_connect", r.ret == 0 ? "0" : sc_errname(r.err));
	if (r.ret < 0 && r.err == EINPROGRESS) {
		sc_observe_str("refusal_path", "EINPROGRESS then SO_ERROR");
		sc_wait_fd(fd, POLLOUT, SC_WAIT_MS, "the refused connect to finish");
		sl = sizeof so;
		SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_ERROR, &so, &sl));
		sc_observe_str("so_error", so ? sc_errname(so) : "0");
		SC_EXPECT(so == ECONNREFUSED, "SO_ERROR is %s", so ? sc_errname(so) : "0");
		/* Reading SO_ERROR clears it. */
		sl = sizeof so;
		SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_ERROR, &so, &sl));
		SC_EXPECT_EQ(so, 0);
		return;
	}
	sc_observe_str("refusal_path", "immediate");
	SC_EXPECT(r.ret == -1 && r.err == ECONNREFUSED, "connect() gave %s",
		  r.ret == 0 ? "0" : sc_errname(r.err));
}
