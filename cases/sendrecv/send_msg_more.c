/* send(2) MSG_MORE: the caller has more to send.  On TCP it holds the data
 * like TCP_CORK, for one call: two MSG_MORE sends leave no segment, the
 * next plain send sends all three together.  On UDP the data of MSG_MORE
 * sends is gathered into one datagram sent with the first send without
 * the flag. */
#include "sc.h"
#include "tcpinfo.h"

SC_CASE(send_msg_more) = {
	.claim  = "data sent with MSG_MORE is held and leaves with the next send without it: one TCP segment, one UDP datagram",
	.source = SC_SRC("man:send(2)", "MSG_MORE: The caller has more data to send. This flag is used with TCP sockets to obtain the same effect as the TCP_CORK socket option ... informs the kernel to package all of the data sent in calls with this flag set into a single datagram"),
	.kinds  = SC_TCP | SC_UDP,
	.key    = "received",
};

SC_TEST(send_msg_more)
{
	char buf[32] = "";

	if (P->kind->caps & SC_UDP) {
		SC_EXPECT_RET(send(P->a, "ab", 2, MSG_MORE), 2);
		SC_EXPECT_RET(send(P->a, "cd", 2, MSG_MORE), 2);
		SC_EXPECT_EQ(sc_poll(P->b, POLLIN, 0) & POLLIN, 0);
		SC_EXPECT_RET(send(P->a, "ef", 2, 0), 2);
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
		sc_observe_int("received", recv(P->b, buf, sizeof buf, MSG_DONTWAIT));
		SC_EXPECT(!strcmp(buf, "abcdef"), "one datagram \"%s\"", buf);
		SC_EXPECT_ERRNO(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), EAGAIN);
		return;
	}
	struct sc_tcpinfo ti = sc_tcpinfo(P->a);
	uint32_t before = ti.data_segs_out;

	SC_TCPI_NEED(ti, data_segs_out);
	SC_EXPECT_RET(send(P->a, "ab", 2, MSG_MORE), 2);
	SC_EXPECT_RET(send(P->a, "cd", 2, MSG_MORE), 2);
	ti = sc_tcpinfo(P->a);
	sc_observe_int("segments_held", ti.data_segs_out - before);
	SC_EXPECT_EQ(ti.data_segs_out - before, 0);
	SC_EXPECT_EQ(ti.notsent_bytes, 4);
	SC_EXPECT_RET(send(P->a, "ef", 2, 0), 2);
	sc_wait_inq(P->b, 6, SC_WAIT_MS);
	sc_observe_int("received", recv(P->b, buf, sizeof buf, MSG_DONTWAIT));
	SC_EXPECT_EQ(sc_tcpinfo(P->a).data_segs_out - before, 1);
}
