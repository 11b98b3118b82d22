/* recv(2) recvfrom(): a source address larger than the buffer is
 * truncated, and addrlen returns its real length, larger than the one
 * given: with a 4-byte buffer, the first 4 bytes of the sender's address
 * and its full length. */
#include "sc.h"

SC_CASE(recv_address_truncated) = {
	.claim   = "recvfrom() with a short address buffer truncates the address and returns its full length in addrlen",
	.source  = SC_SRC("man:recv(2)", "address truncated: The returned address is truncated if the buffer provided is too small; in this case, addrlen will return a value greater than was supplied to the call."),
	.kinds   = SC_DGRAM,
	.exclude = SC_SOCKETPAIR, /* an unnamed sender has no address */
	.key     = "addrlen",
};

SC_TEST(recv_address_truncated)
{
	struct sockaddr_storage me, src;
	socklen_t ml = sizeof me, sl = 4;
	char c;

	SC_REQUIRE_OK(getsockname(P->a, (struct sockaddr *)&me, &ml));
	memset(&src, 0xee, sizeof src);
	SC_EXPECT_RET(send(P->a, "x", 1, 0), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_EXPECT_RET(recvfrom(P->b, &c, 1, MSG_DONTWAIT, (struct sockaddr *)&src, &sl), 1);
	sc_observe_int("addrlen", sl);
	SC_EXPECT_EQ(sl, ml);
	SC_EXPECT(!memcmp(&src, &me, 4), "the first 4 bytes are not the sender's address");
	SC_EXPECT_EQ(((unsigned char *)&src)[4], 0xee);
}
