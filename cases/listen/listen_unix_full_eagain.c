/* connect(2) and unix(7): a non-blocking connect to an AF_UNIX listener
 * whose queue is full fails with EAGAIN (it is neither refused nor left in
 * progress). */
#include "sc.h"

SC_CASE(listen_unix_full_eagain) = {
	.claim  = "a non-blocking AF_UNIX connect to a listener whose queue is full fails with EAGAIN",
	.source = SC_SRC("man:connect(2)", "EAGAIN: For nonblocking UNIX domain sockets, the socket is nonblocking, and the connection cannot be completed immediately"),
	.kinds  = SC_LISTENER,
	.require = SC_UNIX,
	.fixture = SC_FIX_NONE,
	.key    = "capacity",
};

SC_TEST(listen_unix_full_eagain)
{
	int over, err, fd;
	long cap;

	sc_listen(P, 2);
	cap = sc_fill_queue(P, 16, &over, &err);
	sc_observe_int("capacity", cap);
	SC_REQUIRE(over >= 0, "all %ld connections were queued", cap);
	sc_observe_str("overflow_errno", sc_errname(err));
	fd = sc_kind_socket(P->kind);
	sc_set_nonblock(fd, 1);
	SC_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&P->addr, P->addrlen), EAGAIN);
	/* Room made by accept() lets the next attempt through at once. */
	sc_accept(P, SC_WAIT_MS);
	SC_EXPECT_RET(connect(fd, (struct sockaddr *)&P->addr, P->addrlen), 0);
}
