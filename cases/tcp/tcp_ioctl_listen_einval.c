/* tcp(7) SIOCINQ and SIOCOUTQ: the socket must not be listening; on a
 * listener the ioctl fails with EINVAL. */
#include "sc.h"
#include <linux/sockios.h>
#include <sys/ioctl.h>

SC_CASE(tcp_ioctl_listen_einval) = {
	.claim   = "SIOCINQ and SIOCOUTQ on a listening socket fail with EINVAL",
	.source  = SC_SRC("man:tcp(7)", "SIOCINQ: The socket must not be in LISTEN state, otherwise an error (EINVAL) is returned."),
	.kinds   = SC_TCP,
	.require = SC_LISTENER,
	.exclude = SC_MAPPED,
	.key     = "errno",
};

static const struct call {
	SC_VARIANT_HEAD;
	unsigned long req;
} calls[] = {
	{ .name = "siocinq", .req = SIOCINQ,
	  .src = SC_SRC("man:tcp(7)", "SIOCINQ: The socket must not be in LISTEN state, otherwise an error (EINVAL) is returned.") },
	{ .name = "siocoutq", .req = SIOCOUTQ,
	  .src = SC_SRC("man:tcp(7)", "SIOCOUTQ: The socket must not be in LISTEN state, otherwise an error (EINVAL) is returned.") },
};
SC_VARIANTS(calls);

SC_TEST(tcp_ioctl_listen_einval)
{
	const struct call *V = P->variant;
	int n = -1;
	struct sc_res r = SC_CALL(ioctl(P->l, V->req, &n));

	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "0");
	sc_expect_fail(SC_HERE, "ioctl() on the listener", r, (const int[]){ EINVAL }, 1);
}
