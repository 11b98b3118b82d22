/* unix(7) Ancillary messages: a control buffer too small for the
 * descriptors that came truncates the list (the excess descriptors are
 * closed), no control buffer discards them all, and in both cases
 * MSG_CTRUNC is set.  Three references to a pipe's write end are sent and
 * the sender's own closed: once the receiver has closed what it got, the
 * pipe is at end of file only if the excess references were closed. */
#include "sc.h"
#include "ancillary.h"

SC_CASE(unix_scm_rights_truncated) = {
	.claim  = "descriptors that do not fit the control buffer are closed and MSG_CTRUNC is set",
	.source = SC_SRC("man:unix(7)", "MSG_CTRUNC set: In both of these cases, the MSG_CTRUNC flag will be set in the msg.msg_flags value returned by recvmsg(2)"),
	.also   = { SC_SRC("man:unix(7)", "SCM_RIGHTS: If the buffer used to receive the ancillary data containing file descriptors is too small (or is absent), then the ancillary data is truncated (or discarded) and the excess file descriptors are automatically closed in the receiving process"),
		    SC_SRC("man:recv(2)", "MSG_CTRUNC: indicates that some control data was discarded due to lack of space in the buffer for ancillary data") },
	.kinds  = SC_UNIX,
	.key    = "fds_received",
};

static const struct room {
	SC_VARIANT_HEAD;
	size_t space;
	int fit;
} rooms[] = {
	{ .name = "short", .src = SC_SRC("man:unix(7)", "ancillary truncated: If the space allocated for receiving incoming ancillary data is too small then the ancillary data is truncated ... the list of file descriptors may be truncated"),
	  .space = CMSG_LEN(sizeof(int)), .fit = 1 },
	{ .name = "absent", .src = SC_SRC("man:unix(7)", "ancillary discarded: If no buffer is provided for incoming ancillary data (i.e., the msg_control field ... is NULL), then the incoming ancillary data is discarded"),
	  .space = 0, .fit = 0 },
};
SC_VARIANTS(rooms);

SC_TEST(unix_scm_rights_truncated)
{
	const struct room *V = P->variant;
	struct sc_anc anc;
	char b[4];
	int rd, wr;

	sc_pipe(&rd, &wr);
	SC_EXPECT_RET(sc_send_fds(P->a, "t", 1, (int[]){ wr, wr, wr }, 3).ret, 1);
	sc_close(&wr);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the message carrying three descriptors");
	SC_EXPECT_RET(sc_recv_anc(P->b, b, sizeof b, V->space, MSG_DONTWAIT, &anc).ret, 1);
	sc_observe_int("fds_received", anc.nfds);
	sc_observe_int("ctrunc", !!(anc.flags & MSG_CTRUNC));
	SC_EXPECT(anc.nfds == V->fit, "%d of 3 descriptors received with room for %d", anc.nfds, V->fit);
	SC_EXPECT(anc.flags & MSG_CTRUNC, "msg_flags 0x%x lacks MSG_CTRUNC", anc.flags);
	for (int i = 0; i < anc.nfds; i++)
		sc_close(&anc.fds[i]);
	SC_EXPECT(sc_pipe_at_eof(rd),
		  "the pipe still has a writer: the %d descriptor(s) that did not fit were not closed", 3 - V->fit);
}
