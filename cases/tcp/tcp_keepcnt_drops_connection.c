/* tcp(7) TCP_KEEPCNT: the number of keepalive probes TCP sends before it
 * drops the connection.  To a peer that no longer answers, with
 * TCP_KEEPCNT 1, one probe leaves and then the connection is dropped
 * (ETIMEDOUT). */
#include "sc.h"
#include "blackhole.h"
#include "optclaim.h"
#include "tcpinfo.h"

SC_CASE(tcp_keepcnt_drops_connection) = {
	.claim   = "after TCP_KEEPCNT unanswered keepalive probes the connection is dropped",
	.source  = SC_SRC("man:tcp(7)", "TCP_KEEPCNT: The maximum number of keepalive probes TCP should send before dropping the connection."),
	.kinds   = SC_TCP,
	.key     = "probes",
	.timeout = 8,
};

static int dropped(int fd, int *most)
{
	struct sc_tcpinfo ti = sc_tcpinfo(fd);

	if (ti.probes > *most)
		*most = ti.probes;
	return ti.state == TCP_CLOSE;
}

SC_TEST(tcp_keepcnt_drops_connection)
{
	int most = 0, err = 0;
	socklen_t len = sizeof err;

	sc_blackhole(P->b);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_KEEPIDLE, 1);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_KEEPINTVL, 1);
	SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_KEEPCNT, 1);
	SC_SETOPT(P->a, SOL_SOCKET, SO_KEEPALIVE, 1);
	SC_WAIT_UNTIL(dropped(P->a, &most), 4000, "the connection to be dropped");
	sc_observe_int("probes", most);
	SC_REQUIRE_OK(getsockopt(P->a, SOL_SOCKET, SO_ERROR, &err, &len));
	sc_observe_str("so_error", sc_errname(err));
	SC_EXPECT_EQ(most, 1);
	SC_EXPECT(err == ETIMEDOUT, "SO_ERROR is %s, not ETIMEDOUT", sc_errname(err));
}
