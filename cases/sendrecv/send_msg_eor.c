/* send(2) MSG_EOR: terminates a record where the type has records.  On a
 * SOCK_SEQPACKET socket, send(MSG_EOR) is taken and each record arrives
 * whole; on TCP a record ends a segment: corked data sent with MSG_EOR is
 * not merged with what follows (two segments where one would do). */
#include "sc.h"
#include "tcpinfo.h"

SC_CASE(send_msg_eor) = {
	.claim  = "send(MSG_EOR) ends a record: a SOCK_SEQPACKET peer reads it whole, and TCP starts a new segment after it",
	.source = SC_SRC("man:send(2)", "MSG_EOR: Terminates a record (when this notion is supported, as for sockets of type SOCK_SEQPACKET)."),
	.kinds  = SC_SEQPACKET | SC_TCP,
	.key    = "segments",
};

SC_TEST(send_msg_eor)
{
	char buf[16] = "";

	if (P->kind->type == SOCK_SEQPACKET) {
		SC_EXPECT_RET(send(P->a, "rec1", 4, MSG_EOR), 4);
		SC_EXPECT_RET(send(P->a, "rec22", 5, MSG_EOR), 5);
		/* Each record may arrive apart (vsock delivers from a worker). */
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the first record");
		SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 4);
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the second record");
		SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 5);
		return;
	}
	struct sc_tcpinfo ti = sc_tcpinfo(P->a);
	uint32_t before = ti.data_segs_out;

	SC_TCPI_NEED(ti, data_segs_out);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_CORK, 1);
	SC_EXPECT_RET(send(P->a, "rec1", 4, MSG_EOR), 4);
	SC_EXPECT_RET(send(P->a, "next", 4, 0), 4);
	SC_SETOPT(P->a, IPPROTO_TCP, TCP_CORK, 0);
	sc_wait_inq(P->b, 8, SC_WAIT_MS);
	sc_observe_int("segments", sc_tcpinfo(P->a).data_segs_out - before);
	SC_EXPECT_EQ(sc_tcpinfo(P->a).data_segs_out - before, 2);
}
