/* tcp(7) TCP_INFO: getsockopt returns the kernel's struct tcp_info about the
 * socket.  Its state and data counters match what the connection did: a
 * listener is LISTEN, both ends ESTABLISHED, the bytes one end sent are
 * the bytes the other received, and the closing peer's FIN leaves the
 * other end in CLOSE_WAIT. */
#include "sc.h"
#include "tcpinfo.h"

SC_CASE(tcp_info_reports_connection) = {
	.claim  = "TCP_INFO reports the socket's state and traffic: LISTEN, ESTABLISHED, bytes received as sent, CLOSE_WAIT after the peer's FIN",
	.source = SC_SRC("man:tcp(7)", "TCP_INFO: Used to collect information about this socket. The kernel returns a struct tcp_info as defined in the file /usr/include/linux/tcp.h."),
	.kinds  = SC_TCP,
	.key    = "bytes_received",
};

SC_TEST(tcp_info_reports_connection)
{
	static char data[3000];
	struct sc_tcpinfo l = sc_tcpinfo(P->l), a = sc_tcpinfo(P->a), b = sc_tcpinfo(P->b);

	SC_TCPI_NEED(b, bytes_received);
	sc_observe_str("listener_state", sc_tcp_state_name(l.state));
	SC_EXPECT_EQ(l.state, TCP_LISTEN);
	SC_EXPECT_EQ(a.state, TCP_ESTABLISHED);
	SC_EXPECT_EQ(b.state, TCP_ESTABLISHED);
	SC_EXPECT_EQ(b.bytes_received, 0);
	sc_send_all(P->a, data, sizeof data);
	sc_wait_inq(P->b, sizeof data, SC_WAIT_MS);
	b = sc_tcpinfo(P->b);
	sc_observe_int("bytes_received", (long)b.bytes_received);
	SC_EXPECT_EQ(b.bytes_received, sizeof data);
	SC_WAIT_UNTIL(sc_tcpinfo(P->a).unacked == 0, SC_WAIT_MS, "the peer's acknowledgement");
	a = sc_tcpinfo(P->a);
	sc_observe_int("bytes_acked", (long)a.bytes_acked);
	SC_EXPECT_CMP(a.bytes_acked, >=, sizeof data);
	SC_EXPECT_CMP(a.bytes_acked, <=, sizeof data + 1); /* the SYN may count */
	SC_REQUIRE_OK(shutdown(P->b, SHUT_WR));
	sc_wait_fd(P->a, POLLRDHUP, SC_WAIT_MS, "the peer's FIN");
	a = sc_tcpinfo(P->a);
	sc_observe_str("state_after_fin", sc_tcp_state_name(a.state));
	SC_EXPECT_EQ(a.state, TCP_CLOSE_WAIT);
}
