/* ip(7): only one IP socket may be bound to a given local (address, port)
 * pair: a second bind() to the address a socket holds fails with
 * EADDRINUSE. */
#include "sc.h"

SC_CASE(ip_bind_address_in_use) = {
	.claim   = "bind() to the (address, port) another socket of the protocol is bound to fails with EADDRINUSE",
	.source  = SC_SRC("man:ip(7)", "one socket per address: only one IP socket may be bound to any given local (address, port) pair"),
	.also    = { SC_SRC("man:ip(7)", "EADDRINUSE: Tried to bind to an address already in use.") },
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 addresses */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(ip_bind_address_in_use)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int first = sc_bound_socket(P, &ss, &len), second = sc_kind_socket(P->kind);

	(void)first;
	SC_EXPECT_ERRNO(bind(second, (struct sockaddr *)&ss, len), EADDRINUSE);
}
