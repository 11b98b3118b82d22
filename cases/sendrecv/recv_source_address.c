/* recv(2) recvfrom(): the source address of the message is placed in
 * src_addr: it is the sender's own address (getsockname). */
#include "sc.h"

SC_CASE(recv_source_address) = {
	.claim   = "recvfrom() gives the sender's address",
	.source  = SC_SRC("man:recv(2)", "source address: that source address is placed in the buffer pointed to by src_addr"),
	.kinds   = SC_DGRAM,
	.exclude = SC_SOCKETPAIR, /* an unnamed sender has no address */
	.key     = "src_port",
};

SC_TEST(recv_source_address)
{
	struct sockaddr_storage me, src;
	socklen_t ml = sizeof me, sl = sizeof src;
	char c;

	SC_REQUIRE_OK(getsockname(P->a, (struct sockaddr *)&me, &ml));
	SC_EXPECT_RET(send(P->a, "x", 1, 0), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_EXPECT_RET(recvfrom(P->b, &c, 1, MSG_DONTWAIT, (struct sockaddr *)&src, &sl), 1);
	sc_observe_int("src_port", sc_addr_port(&src));
	SC_EXPECT(sc_same_addr(&me, ml, &src, sl), "the source address is not the sender's");
}
