/* unix(7) Ancillary messages: on a stream socket ancillary data is a
 * barrier: after sends of 4 bytes, 1 byte with ancillary data and 4
 * bytes, receives of 20 bytes return 5 bytes with the ancillary data,
 * then the remaining 4. */
#include "sc.h"
#include "ancillary.h"

SC_CASE(unix_ancillary_barrier) = {
	.claim   = "on an AF_UNIX stream socket a receive stops after the data that carried ancillary data: 5 bytes with it, then 4",
	.source  = SC_SRC("man:unix(7)", "ancillary barrier: When receiving from a stream socket, ancillary data forms a kind of barrier for the received data ... The first call will receive five bytes of data, along with the ancillary data sent by the second sendmsg(2) call. The next call will receive the remaining four bytes of data."),
	.kinds   = SC_STREAM,
	.require = SC_UNIX,
	.key     = "first_read",
};

SC_TEST(unix_ancillary_barrier)
{
	struct sc_anc anc;
	char b[20];
	int rd, wr;
	long n;

	sc_pipe(&rd, &wr);
	SC_EXPECT_RET(sc_send_fds(P->a, "1234", 4, NULL, 0).ret, 4);
	SC_EXPECT_RET(sc_send_fds(P->a, "5", 1, &wr, 1).ret, 1);
	SC_EXPECT_RET(sc_send_fds(P->a, "6789", 4, NULL, 0).ret, 4);
	sc_wait_inq(P->b, 9, SC_WAIT_MS);
	n = SC_EXPECT_OK(sc_recv_anc(P->b, b, sizeof b, SC_RIGHTS_SPACE(1), MSG_DONTWAIT, &anc).ret);
	sc_observe_int("first_read", n);
	SC_EXPECT(n == 5 && anc.nfds == 1, "the first receive gave %ld bytes and %d descriptors", n, anc.nfds);
	n = SC_EXPECT_OK(sc_recv_anc(P->b, b, sizeof b, SC_RIGHTS_SPACE(1), MSG_DONTWAIT, &anc).ret);
	sc_observe_int("second_read", n);
	SC_EXPECT(n == 4 && anc.nfds == 0, "the second receive gave %ld bytes and %d descriptors", n, anc.nfds);
}
