/* ip(7): the maximum IP option size for IPv4 is 40 bytes: 40 bytes of
 * options are accepted, 44 are refused (EINVAL). */
#include "sc.h"
#include "ip4.h"
#include <netinet/ip.h>

SC_CASE(ip_options_max_40) = {
	.claim   = "setsockopt(IP_OPTIONS) takes 40 bytes of options and refuses 44 with EINVAL",
	.source  = SC_SRC("man:ip(7)", "IP_OPTIONS: The maximum option size for IPv4 is 40 bytes."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(ip_options_max_40)
{
	unsigned char nops[44];
	int fd = sc_kind_socket(P->kind);
	struct sc_res r;

	memset(nops, IPOPT_NOP, sizeof nops);
	r = SC_CALL(setsockopt(fd, IPPROTO_IP, IP_OPTIONS, nops, 40));
	if (r.ret < 0 && (r.err == EOPNOTSUPP || r.err == ENOPROTOOPT))
		sc_unsupported("setsockopt(IP_OPTIONS) on %s: %s: this kind lacks the option",
			       P->kind->name, sc_errname(r.err));
	SC_EXPECT_OK_RES("setsockopt(IP_OPTIONS) of 40 bytes", r);
	SC_EXPECT_ERRNO(setsockopt(fd, IPPROTO_IP, IP_OPTIONS, nops, 44), EINVAL);
}
