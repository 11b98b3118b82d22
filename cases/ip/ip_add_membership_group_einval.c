/* ip(7): the group of IP_ADD_MEMBERSHIP must be a multicast address, or
 * setsockopt fails with EINVAL. */
#include "sc.h"
#include "ip4.h"
#include <arpa/inet.h>

SC_CASE(ip_add_membership_group_einval) = {
	.claim   = "IP_ADD_MEMBERSHIP with a unicast group address fails with EINVAL",
	.source  = SC_SRC("man:ip(7)", "group must be multicast: It must be a valid multicast address (or setsockopt(2) fails with the error EINVAL)."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(ip_add_membership_group_einval)
{
	struct ip_mreqn m = { .imr_ifindex = 1 };	/* lo */
	int fd = sc_kind_socket(P->kind);

	inet_pton(AF_INET, "127.0.0.1", &m.imr_multiaddr);
	SC_EXPECT_ERRNO(setsockopt(fd, IPPROTO_IP, IP_ADD_MEMBERSHIP, &m, sizeof m), EINVAL);
}
