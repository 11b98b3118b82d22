/* recv(2) ECONNREFUSED: the remote host refused the network connection.
 * A connected UDP socket whose datagram hit a closed port (ICMP port
 * unreachable), or a TCP socket whose non-blocking connect was refused
 * (RST), fails its next recv() with ECONNREFUSED. */
#include "sc.h"

SC_CASE(recv_econnrefused) = {
	.claim   = "recv() after the peer refused (a closed UDP port, a refused TCP connect) fails with ECONNREFUSED",
	.source  = SC_SRC("man:recv(2)", "ECONNREFUSED: A remote host refused to allow the network connection (typically because it is not running the requested service)."),
	.kinds   = SC_UDP | SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(recv_econnrefused)
{
	struct sockaddr_storage to;
	socklen_t tolen;
	struct sc_res r;
	char c;
	int gone = sc_bound_socket(P, &to, &tolen);

	sc_close(&gone);
	P->a = sc_kind_socket(P->kind);
	sc_set_nonblock(P->a, 1);
	r = SC_CALL(connect(P->a, (struct sockaddr *)&to, tolen));
	if (P->kind->caps & SC_UDP) {
		SC_REQUIRE_OK(r.ret);
		SC_EXPECT_RET(send(P->a, "x", 1, 0), 1);
	}
	sc_wait_fd(P->a, POLLERR, SC_WAIT_MS, "the refusal (POLLERR)");
	r = SC_CALL(recv(P->a, &c, 1, 0));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "data");
	sc_expect_fail(SC_HERE, "recv() after the refusal", r, (const int[]){ ECONNREFUSED }, 1);
}
