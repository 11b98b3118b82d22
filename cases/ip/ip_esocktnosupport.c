/* ip(7): ESOCKTNOSUPPORT: an unknown socket type was requested.  Type 7
 * lies between SOCK_DCCP (6) and SOCK_PACKET (10) and names no type. */
#include "sc.h"

SC_CASE(ip_esocktnosupport) = {
	.claim   = "socket(AF_INET, 7, 0) with a type no protocol provides fails with ESOCKTNOSUPPORT",
	.source  = SC_SRC("man:ip(7)", "ESOCKTNOSUPPORT: The socket is not configured or an unknown socket type was requested."),
	.kinds   = SC_INET,		/* only the family matters; a plain kind runs it */
	.require = SC_PLAIN | SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(ip_esocktnosupport)
{
	struct sc_res r = SC_CALL(socket(AF_INET, 7, 0));

	sc_track((int)r.ret);
	SC_EXPECT_ERRNO_RES("socket(AF_INET, 7, 0)", r, ESOCKTNOSUPPORT);
}
