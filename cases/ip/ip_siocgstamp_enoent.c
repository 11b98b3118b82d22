/* ip(7): ENOENT: SIOCGSTAMP was called on a socket where no packet
 * arrived. */
#include "sc.h"
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/time.h>

SC_CASE(ip_siocgstamp_enoent) = {
	.claim   = "ioctl(SIOCGSTAMP) on a socket that has received no packet fails with ENOENT",
	.source  = SC_SRC("man:ip(7)", "ENOENT: SIOCGSTAMP was called on a socket where no packet arrived."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 sockets */
	.key     = "errno",
};

SC_TEST(ip_siocgstamp_enoent)
{
	struct timeval tv;
	struct sc_res r = SC_CALL(ioctl(P->b, SIOCGSTAMP, &tv));

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "a time");
	SC_EXPECT_ERRNO_RES("ioctl(SIOCGSTAMP) before any packet", r, ENOENT);
}
