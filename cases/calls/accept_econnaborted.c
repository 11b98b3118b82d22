/* accept(2): ECONNABORTED, "a connection has been aborted".  A TCP
 * connection that the client resets while it waits in the accept queue is
 * aborted; accept() asked for the peer's address reports it with
 * ECONNABORTED (the connection has no peer left to name). */
#include "sc.h"

SC_CASE(accept_econnaborted) = {
	.claim   = "accept() of a queued connection that the client reset (RST) fails with ECONNABORTED",
	.source  = SC_SRC("man:accept(2)", "ECONNABORTED: A connection has been aborted"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(accept_econnaborted)
{
	struct linger lg = { 1, 0 };
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	int c, lport, cport;
	struct sc_res r;

	sc_listen(P, 4);
	c = sc_connect(P);
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection to be queued");
	lport = sc_port(P->l);
	cport = sc_port(c);
	SC_REQUIRE(sc_proc_tcp(P->kind->domain, lport, cport, NULL) == TCP_ESTABLISHED,
		   "the queued connection is not listed ESTABLISHED");
	/* SO_LINGER 0: close() sends RST; the queued end goes to CLOSE and
	 * leaves the connection table. */
	SC_REQUIRE_OK(setsockopt(c, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
	sc_close(&c);
	SC_WAIT_UNTIL(sc_proc_tcp(P->kind->domain, lport, cport, NULL) < 0, SC_WAIT_MS,
		      "the queued connection to be reset");
	r = SC_CALL(accept4(P->l, (struct sockaddr *)&ss, &len, SOCK_CLOEXEC | SOCK_NONBLOCK));
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "accepted");
	SC_EXPECT_ERRNO_RES("accept() of the reset connection", r, ECONNABORTED);
}
