/* socket(7): struct sockaddr_storage is large enough for any socket
 * address the kernel hands back, IPv6 ones in particular: getsockname()
 * and getpeername() into one report the whole address (their length no
 * larger than the structure). */
#include "sc.h"

SC_CASE(sockio_sockaddr_storage) = {
	.claim  = "every address getsockname() and getpeername() return fits in a struct sockaddr_storage",
	.source = SC_SRC("man:socket(7)", "sockaddr_storage: In particular, it is large enough to hold IPv6 socket addresses"),
	.kinds  = SC_ALL,
	.key    = "addrlen",
};

SC_TEST(sockio_sockaddr_storage)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;

	SC_EXPECT_OK(getsockname(P->a, (struct sockaddr *)&ss, &len));
	sc_observe_int("addrlen", len);
	SC_EXPECT_CMP(len, <=, sizeof ss);
	if (P->kind->type == SOCK_DGRAM && P->kind->make == SC_MAKE_SOCKETPAIR)
		return; /* an unnamed socketpair end has no peer name to report */
	len = sizeof ss;
	SC_EXPECT_OK(getpeername(P->a, (struct sockaddr *)&ss, &len));
	sc_observe_int("peer_addrlen", len);
	SC_EXPECT_CMP(len, <=, sizeof ss);
	if (P->kind->domain == AF_INET6)
		SC_EXPECT_EQ(len, sizeof(struct sockaddr_in6));
}
