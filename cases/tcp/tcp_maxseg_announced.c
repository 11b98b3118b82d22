/* tcp(7) TCP_MAXSEG: the maximum segment size for outgoing packets; set
 * before the connection is made it is also the MSS announced to the peer.
 * With 1000 on the client, the server sends segments of at most 1000
 * bytes (its tcpi_snd_mss, the client's tcpi_rcv_mss), and neither end
 * sends larger ones. */
#include "sc.h"
#include "optclaim.h"
#include "tcpinfo.h"

SC_CASE(tcp_maxseg_announced) = {
	.claim   = "TCP_MAXSEG set before connect() bounds the client's segments and the MSS it announces, which bounds the peer's segments",
	.source  = SC_SRC("man:tcp(7)", "TCP_MAXSEG: The maximum segment size for outgoing TCP packets. ... if this option is set before connection establishment, it also changes the MSS value announced to the other end in the initial packet."),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "peer_snd_mss",
};

#define MSS 1000
#define LEN (20 * MSS)

SC_TEST(tcp_maxseg_announced)
{
	static struct sc_call rd, wr;
	struct sc_tcpinfo c, s;

	sc_listen(P, 1);
	P->a = sc_kind_socket(P->kind);
	SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_MAXSEG, MSS);
	SC_REQUIRE_OK(connect(P->a, (struct sockaddr *)&P->addr, P->addrlen));
	P->b = sc_accept(P, SC_WAIT_MS);
	s = sc_tcpinfo(P->b);
	c = sc_tcpinfo(P->a);
	SC_TCPI_NEED(s, data_segs_in);
	sc_observe_int("peer_snd_mss", s.snd_mss);
	sc_observe_int("own_snd_mss", c.snd_mss);
	SC_EXPECT_CMP(s.snd_mss, <=, MSS);
	SC_EXPECT_CMP(c.snd_mss, <=, MSS);
	/* The client reads as the segments arrive: its receive buffer
	 * (tcp_rmem[1], 8K in a namespace with small buffers) and the
	 * server's send buffer may hold less than the 20 segments. */
	sc_call_start(&rd, SC_OP_DRAIN, P->a, LEN);
	sc_call_start(&wr, SC_OP_WRITE, P->b, LEN);
	sc_call_join(&wr, SC_WAIT_MS, "the server to send the data");
	sc_call_join(&rd, SC_WAIT_MS, "the client to read the data");
	SC_REQUIRE(wr.ret == LEN && rd.total == LEN, "the server sent %ld bytes (%s), the client read %zu, of %d",
		   wr.ret, wr.ret < 0 ? sc_errname(wr.err) : "no error", rd.total, LEN);
	c = sc_tcpinfo(P->a);
	sc_observe_int("rcv_mss", c.rcv_mss);
	sc_observe_int("data_segs_in", c.data_segs_in);
	SC_EXPECT_CMP(c.rcv_mss, <=, MSS);
	SC_EXPECT_CMP(c.data_segs_in, >=, LEN / MSS);
}
