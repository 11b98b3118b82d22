/* unix(7): for AF_UNIX datagram sockets SO_SNDBUF caps the size of one
 * outgoing datagram at the doubled option value less 32 bytes of overhead;
 * a larger datagram fails with EMSGSIZE. */
#include "sc.h"

SC_CASE(buffer_unix_dgram_sndbuf_limit) = {
	.claim   = "an AF_UNIX datagram may be at most 2*SO_SNDBUF-value - 32 bytes; one byte more fails with EMSGSIZE",
	.source  = SC_SRC("man:unix(7)", "datagram size limit: For datagram sockets, the SO_SNDBUF value imposes an upper limit on the size of outgoing datagrams ... the doubled option value less 32 bytes"),
	.kinds   = SC_DGRAM,
	.require = SC_UNIX,
	.key     = "largest_datagram",
};

SC_TEST(buffer_unix_dgram_sndbuf_limit)
{
	static char big[16384];
	int v = 4096;
	long limit = 2L * v - 32;

	SC_REQUIRE_OK(setsockopt(P->a, SOL_SOCKET, SO_SNDBUF, &v, sizeof v));
	SC_REQUIRE(sc_sockopt_int(P->a, SO_SNDBUF) == 2L * v, "SO_SNDBUF is %ld", sc_sockopt_int(P->a, SO_SNDBUF));
	sc_observe_int("largest_datagram", limit);
	SC_EXPECT_RET(send(P->a, big, (size_t)limit, MSG_DONTWAIT), limit);
	SC_EXPECT_ERRNO(send(P->a, big, (size_t)limit + 1, MSG_DONTWAIT), EMSGSIZE);
}
