/* tcp(7) TCP_FASTOPEN: on a listener, enables Fast Open: the listener
 * grants a cookie to a SYN asking for one, and accepts the data of a SYN
 * that carries a valid cookie, its SYN-ACK acknowledging both the data and
 * the SYN.  In a private network namespace with net.ipv4.tcp_fastopen = 3
 * (client and server), a first client obtains the cookie; a second one's
 * sendto(MSG_FASTOPEN) puts its data in the SYN: the server counts a
 * passive Fast Open, accept() returns a socket with the data to read, and
 * the client sees its SYN data acknowledged (TCPI_OPT_SYN_DATA). */
#include "sc.h"
#include "fastopen.h"
#include "tcpinfo.h"

SC_CASE(tcp_fastopen_data_in_syn) = {
	.claim   = "a TCP_FASTOPEN listener accepts data in a SYN with a valid cookie and acknowledges it in its SYN-ACK",
	.source  = SC_SRC("man:tcp(7)", "TCP_FASTOPEN: the listener socket grants the TCP Fast Open cookie on incoming SYN with TCP Fast Open option. More importantly it accepts the data in SYN with a valid Fast Open cookie and responds SYN-ACK acknowledging both the data and the SYN sequence."),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "syn_data_acked",
	.needs   = "root",
};

/* One Fast Open client: sendto(MSG_FASTOPEN) on a non-blocking socket. */
static int fastopen_client(struct sc_pair *P, const char *data, struct sc_res *r)
{
	int fd = sc_kind_socket(P->kind);

	sc_set_nonblock(fd, 1);
	*r = SC_CALL(sendto(fd, data, strlen(data), MSG_FASTOPEN | MSG_NOSIGNAL,
			    (struct sockaddr *)&P->addr, P->addrlen));
	return fd;
}

SC_TEST(tcp_fastopen_data_in_syn)
{
	long passive0;
	struct sc_res r;
	char buf[16] = "";
	int c;

	sc_fastopen_listen(P);
	/* First contact: no cookie yet; the SYN asks for one. */
	c = fastopen_client(P, "first", &r);
	sc_observe_str("first_sendto", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_fastopen_first_done(P, &c);
	passive0 = sc_net_counter("netstat", "TcpExt", "TCPFastOpenPassive");
	/* With the cookie: the data rides in the SYN. */
	P->a = fastopen_client(P, "hello", &r);
	sc_observe_int("sendto", r.ret < 0 ? -r.err : r.ret);
	SC_EXPECT_EQ(r.ret, 5);
	P->b = sc_accept(P, SC_WAIT_MS);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the SYN's data");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 5);
	SC_EXPECT(!memcmp(buf, "hello", 5), "read \"%.5s\"", buf);
	sc_wait_fd(P->a, POLLOUT, SC_WAIT_MS, "the client's connection");
	sc_observe_int("passive_fastopens", sc_net_counter("netstat", "TcpExt", "TCPFastOpenPassive") - passive0);
	SC_EXPECT_EQ(sc_net_counter("netstat", "TcpExt", "TCPFastOpenPassive") - passive0, 1);
	sc_observe_int("syn_data_acked", !!(sc_tcpinfo(P->a).options & TCPI_OPT_SYN_DATA));
	SC_EXPECT(sc_tcpinfo(P->a).options & TCPI_OPT_SYN_DATA, "the SYN-ACK did not acknowledge the SYN's data");
}
