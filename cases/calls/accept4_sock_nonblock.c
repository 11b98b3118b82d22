/* accept(2): accept4() with SOCK_NONBLOCK sets O_NONBLOCK on the open file
 * description of the new descriptor: a read on the accepted socket with
 * nothing queued fails with EAGAIN at once instead of waiting.  The
 * listener itself stays blocking. */
#include "sc.h"

SC_CASE(accept4_sock_nonblock) = {
	.claim   = "accept4(SOCK_NONBLOCK) gives a non-blocking descriptor: O_NONBLOCK is set and a read with no data fails with EAGAIN",
	.source  = SC_SRC("man:accept(2)", "SOCK_NONBLOCK: Set the O_NONBLOCK file status flag on the open file description referred to by the new file descriptor"),
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "read_errno",
};

SC_TEST(accept4_sock_nonblock)
{
	char buf[8];
	struct sc_res r;
	int fd;

	sc_listen(P, 4);
	P->a = sc_connect(P);
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
	fd = sc_track(SC_EXPECT_OK(accept4(P->l, NULL, NULL, SOCK_NONBLOCK)));
	SC_EXPECT(fcntl(fd, F_GETFL) & O_NONBLOCK, "O_NONBLOCK is not set: F_GETFL 0%o",
		  fcntl(fd, F_GETFL));
	r = SC_CALL(read(fd, buf, sizeof buf));
	sc_observe_str("read_errno", r.ret < 0 ? sc_errname(r.err) : "returned");
	SC_EXPECT_ERRNO_RES("read(accepted socket, nothing queued)", r, EAGAIN, EWOULDBLOCK);
	SC_EXPECT_EQ(fcntl(P->l, F_GETFL) & O_NONBLOCK, 0);
}
