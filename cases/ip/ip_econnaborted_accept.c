/* ip(7): ECONNABORTED: a connection was closed during an accept(2).  A
 * client connects and resets its connection (SO_LINGER 0, close) while
 * it waits in the listener's queue; accept() then fails with
 * ECONNABORTED. */
#include "sc.h"
#include <sys/socket.h>

SC_CASE(ip_econnaborted_accept) = {
	.claim   = "accept() of a queued connection the client has reset fails with ECONNABORTED",
	.source  = SC_SRC("man:ip(7)", "ECONNABORTED: A connection was closed during an accept(2)."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 sockets */
	.require = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "accept",
};

SC_TEST(ip_econnaborted_accept)
{
	struct linger lg = { 1, 0 };
	int c, port, lport, fd;
	struct sc_res r;

	sc_listen(P, 1);
	c = sc_connect(P);
	port = sc_port(c);
	lport = sc_port(P->l);
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection in the listener's queue");
	SC_REQUIRE_OK(setsockopt(c, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
	sc_close(&c);
	/* The reset has closed the queued connection once /proc/net/tcp no
	 * longer lists it as established. */
	SC_WAIT_UNTIL(sc_proc_tcp(P->kind->domain, lport, port, NULL) != 1, SC_WAIT_MS,
		      "the reset to reach the queued connection");
	r = SC_CALL(accept(P->l, NULL, NULL));
	fd = sc_track((int)r.ret);
	sc_observe_str("accept", r.ret < 0 ? sc_errname(r.err) : "a descriptor");
	if (fd >= 0) {
		char b;

		sc_observe_str("recv_after", recv(fd, &b, 1, MSG_DONTWAIT) < 0 ? sc_errname(errno) : "data");
	}
	SC_EXPECT_ERRNO_RES("accept() of the reset connection", r, ECONNABORTED);
}
