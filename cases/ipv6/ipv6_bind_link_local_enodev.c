/* ipv6(7) ENODEV: bind() to a link-local IPv6 address whose
 * sin6_scope_id is not a valid interface index fails with ENODEV. */
#include "sc.h"
#include <arpa/inet.h>
#include <net/if.h>

SC_CASE(ipv6_bind_link_local_enodev) = {
	.claim   = "bind() to fe80::1 with a sin6_scope_id naming no interface fails with ENODEV",
	.source  = SC_SRC("man:ipv6(7)", "ENODEV: The user tried to bind(2) to a link-local IPv6 address, but the sin6_scope_id in the supplied sockaddr_in6 structure is not a valid interface index"),
	.kinds   = SC_INET6,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "scope_id",
};

SC_TEST(ipv6_bind_link_local_enodev)
{
	struct sockaddr_in6 a = { .sin6_family = AF_INET6 };
	char name[IF_NAMESIZE];
	int fd = sc_kind_socket(P->kind);
	unsigned idx = 0x7ffffff0u;

	/* An index no interface of this namespace has. */
	while (if_indextoname(idx, name))
		idx--;
	sc_observe_int("scope_id", idx);
	inet_pton(AF_INET6, "fe80::1", &a.sin6_addr);
	a.sin6_scope_id = idx;
	SC_EXPECT_ERRNO(bind(fd, (struct sockaddr *)&a, sizeof a), ENODEV);
}
