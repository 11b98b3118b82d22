/* tcp(7) TCP_FASTOPEN_CONNECT: without a cookie for the destination,
 * connect() sends its SYN at once (asking for a cookie); with one, connect()
 * returns 0 at once and sends nothing, and the first write sends the SYN
 * with the data.  In a private network namespace with net.ipv4.tcp_fastopen
 * = 3 and a TCP_FASTOPEN listener. */
#include "sc.h"
#include "fastopen.h"
#include "optclaim.h"
#include "tcpinfo.h"

SC_CASE(tcp_fastopen_connect_defers_syn) = {
	.claim   = "with TCP_FASTOPEN_CONNECT a first connect() sends its SYN at once; once a cookie is known connect() returns 0 without sending, and the first write sends SYN and data",
	.source  = SC_SRC("man:tcp(7)", "TCP_FASTOPEN_CONNECT: If a cookie is not available (i.e. first contact to the destination), connect(2) behaves as usual by sending a SYN immediately ... If a cookie is available, connect(2) would return 0 immediately but the SYN transmission is deferred. A subsequent write(2) or sendmsg(2) would trigger a SYN with data plus cookie"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "segs_after_connect",
	.needs   = "root",
};

static int client(struct sc_pair *P, struct sc_res *r)
{
	int fd = sc_kind_socket(P->kind);

	SC_CLAIM_OPT(fd, IPPROTO_TCP, TCP_FASTOPEN_CONNECT, 1);
	sc_set_nonblock(fd, 1);
	*r = SC_CALL(connect(fd, (struct sockaddr *)&P->addr, P->addrlen));
	return fd;
}

SC_TEST(tcp_fastopen_connect_defers_syn)
{
	struct sc_res r;
	char buf[16] = "";
	int c;

	sc_fastopen_listen(P);
	c = client(P, &r);
	sc_observe_str("first_connect", r.ret < 0 ? sc_errname(r.err) : "0");
	sc_observe_int("first_segs_after_connect", sc_tcpinfo(c).segs_out);
	SC_EXPECT(r.ret < 0 && r.err == EINPROGRESS, "the first connect() returned %ld (%s), not EINPROGRESS",
		  r.ret, sc_errname(r.err));
	SC_EXPECT_CMP(sc_tcpinfo(c).segs_out, >=, 1);
	sc_fastopen_first_done(P, &c);

	P->a = client(P, &r);
	sc_observe_int("segs_after_connect", sc_tcpinfo(P->a).segs_out);
	SC_EXPECT_RET(r.ret, 0);
	SC_EXPECT_EQ(sc_tcpinfo(P->a).segs_out, 0);
	SC_EXPECT_RET(write(P->a, "hello", 5), 5);
	P->b = sc_accept(P, SC_WAIT_MS);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the SYN's data");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 5);
	sc_wait_fd(P->a, POLLOUT, SC_WAIT_MS, "the client's connection");
	sc_observe_int("syn_data_acked", !!(sc_tcpinfo(P->a).options & TCPI_OPT_SYN_DATA));
	SC_EXPECT(sc_tcpinfo(P->a).options & TCPI_OPT_SYN_DATA, "the data did not ride in the SYN");
}
