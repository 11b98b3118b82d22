/* ip(7): IP_ADD_MEMBERSHIP is valid only for setsockopt: getsockopt of
 * it fails, with ENOPROTOOPT as for any option the level does not know. */
#include "sc.h"

SC_CASE(ip_add_membership_set_only) = {
	.claim   = "getsockopt(IP_ADD_MEMBERSHIP) fails with ENOPROTOOPT",
	.source  = SC_SRC("man:ip(7)", "IP_ADD_MEMBERSHIP set only: IP_ADD_MEMBERSHIP is valid only for setsockopt(2)."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(ip_add_membership_set_only)
{
	struct ip_mreqn m;
	socklen_t len = sizeof m;
	int fd = sc_kind_socket(P->kind);

	SC_EXPECT_ERRNO(getsockopt(fd, IPPROTO_IP, IP_ADD_MEMBERSHIP, &m, &len), ENOPROTOOPT);
}
