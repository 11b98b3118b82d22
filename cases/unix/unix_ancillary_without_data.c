/* unix(7) Ancillary messages: on Linux, ancillary data goes over a UNIX
 * domain stream socket only with at least one byte of real data; over a
 * datagram socket it needs none.  A descriptor (a pipe's write end, the
 * sender's own copy then closed) is sent with no data: on a datagram
 * socket it arrives with an empty datagram; on a stream socket nothing
 * arrives and the descriptor is not kept in flight. */
#include "sc.h"
#include "ancillary.h"

SC_CASE(unix_ancillary_without_data) = {
	.claim  = "ancillary data sent with no data is delivered on an AF_UNIX datagram socket, and not on a stream socket",
	.source = SC_SRC("man:unix(7)", "stream ancillary needs data: At least one byte of real data should be sent when sending ancillary data. On Linux, this is required to successfully send ancillary data over a UNIX domain stream socket."),
	.kinds  = SC_UNIX,
	.key    = "delivered",
};

static const struct shape {
	SC_VARIANT_HEAD;
} shapes[] = {
	{ .name = "stream", .kinds = SC_STREAM },
	{ .name = "datagram", .kinds = SC_DGRAM,
	  .src = SC_SRC("man:unix(7)", "datagram ancillary alone: When sending ancillary data over a UNIX domain datagram socket, it is not necessary on Linux to send any accompanying real data.") },
};
SC_VARIANTS(shapes);

SC_TEST(unix_ancillary_without_data)
{
	struct sc_anc anc;
	struct sc_res r;
	int rd, wr;
	char b[4];

	sc_pipe(&rd, &wr);
	r = sc_send_fds(P->a, "", 0, &wr, 1);
	sc_close(&wr);
	if (P->kind->type == SOCK_STREAM) {
		sc_observe_str("delivered", sc_poll(P->b, POLLIN, 0) ? "yes" : "no");
		SC_EXPECT(r.ret <= 0, "sendmsg() of no data with a descriptor returned %ld", r.ret);
		SC_EXPECT(!(sc_poll(P->b, POLLIN, 0) & POLLIN), "something arrived at the peer");
		SC_EXPECT(sc_pipe_at_eof(rd), "the descriptor sent with no data is still held somewhere");
		return;
	}
	sc_expect_ret(SC_HERE, "sendmsg() of no data with a descriptor", r, 0);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the empty datagram");
	SC_EXPECT_RET(sc_recv_anc(P->b, b, sizeof b, SC_RIGHTS_SPACE(1), MSG_DONTWAIT, &anc).ret, 0);
	sc_observe_str("delivered", anc.nfds == 1 ? "yes" : "no");
	SC_EXPECT(anc.nfds == 1, "the empty datagram brought %d descriptors", anc.nfds);
}
