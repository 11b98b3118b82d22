/* tcp(7) TCP_SYNCNT: the number of SYN retransmissions before the connect
 * attempt is given up.  To a listener that drops every SYN, with
 * TCP_SYNCNT 1 the client retransmits its SYN once and then fails with
 * ETIMEDOUT. */
#include "sc.h"
#include "blackhole.h"
#include "optclaim.h"
#include "tcpinfo.h"

SC_CASE(tcp_syncnt_retransmits) = {
	.claim   = "with TCP_SYNCNT 1 an unanswered connect retransmits its SYN once, then fails (ETIMEDOUT)",
	.source  = SC_SRC("man:tcp(7)", "TCP_SYNCNT: Set the number of SYN retransmits that TCP should send before aborting the attempt to connect."),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "syn_retransmits",
	.timeout = 10,
};

static int failed(int fd, int *most)
{
	struct sc_tcpinfo ti = sc_tcpinfo(fd);

	if ((int)ti.total_retrans > *most)
		*most = (int)ti.total_retrans;
	return ti.state == TCP_CLOSE;
}

SC_TEST(tcp_syncnt_retransmits)
{
	int most = 0, err = 0;
	socklen_t len = sizeof err;
	long long t0;
	struct sc_res r;

	sc_listen(P, 4);
	sc_blackhole(P->l);
	P->a = sc_kind_socket(P->kind);
	SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_SYNCNT, 1);
	sc_set_nonblock(P->a, 1);
	t0 = sc_now_us();
	r = SC_CALL(connect(P->a, (struct sockaddr *)&P->addr, P->addrlen));
	SC_REQUIRE(r.ret < 0 && r.err == EINPROGRESS, "non-blocking connect() did not start: %s",
		   sc_errname(r.err));
	SC_WAIT_UNTIL(failed(P->a, &most), 8000, "the connect attempt to be given up");
	sc_observe_int("syn_retransmits", most);
	sc_observe_int("gave_up_ms", (sc_now_us() - t0) / 1000);
	SC_REQUIRE_OK(getsockopt(P->a, SOL_SOCKET, SO_ERROR, &err, &len));
	sc_observe_str("so_error", sc_errname(err));
	SC_EXPECT_EQ(most, 1);
	SC_EXPECT(err == ETIMEDOUT, "SO_ERROR is %s, not ETIMEDOUT", sc_errname(err));
}
