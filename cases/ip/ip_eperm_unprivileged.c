/* ip(7): EPERM: the user does not have permission to set high priority or
 * change configuration.  A process without capabilities sets SO_PRIORITY
 * 7 (above the 0-6 anyone may set) on an IP socket, and changes lo's MTU
 * through the socket (SIOCSIFMTU): both fail with EPERM. */
#include "sc.h"
#include "unprivileged.h"
#include <net/if.h>
#include <stdio.h>
#include <sys/ioctl.h>

SC_CASE(ip_eperm_unprivileged) = {
	.claim   = "without privileges, setting a high priority or changing a link's configuration through an IP socket fails with EPERM",
	.source  = SC_SRC("man:ip(7)", "EPERM: User doesn't have permission to set high priority, change configuration, or send signals to the requested process or group."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct act {
	SC_VARIANT_HEAD;
	int config;
} acts[] = {
	{ .name = "high_priority", .config = 0 },
	{ .name = "configuration", .config = 1 },
};
SC_VARIANTS(acts);

static struct sc_res priority7(void *arg)
{
	int v = 7;

	return SC_CALL(setsockopt(*(int *)arg, SOL_SOCKET, SO_PRIORITY, &v, sizeof v));
}

static struct sc_res set_mtu(void *arg)
{
	struct ifreq ifr = { .ifr_mtu = 1400 };

	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "lo");
	return SC_CALL(ioctl(*(int *)arg, SIOCSIFMTU, &ifr));
}

SC_TEST(ip_eperm_unprivileged)
{
	const struct act *V = P->variant;
	int fd;
	struct sc_res r;

	sc_private_netns();	/* lo's MTU is the item's own */
	fd = sc_kind_socket(P->kind);
	r = sc_without_caps(V->config ? set_mtu : priority7, &fd);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "done");
	SC_EXPECT_ERRNO_RES(V->config ? "SIOCSIFMTU on lo without capabilities"
				      : "SO_PRIORITY 7 without capabilities", r, EPERM);
}
