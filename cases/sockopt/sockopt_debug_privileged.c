/* socket(7) SO_DEBUG: enabling socket debugging is allowed only for
 * processes with CAP_NET_ADMIN or an effective user ID of 0.  Each variant
 * is a caller: root with the capability, a process of effective UID 0
 * without it, and an unprivileged UID. */
#include "sc.h"
#include "caps.h"

SC_CASE(sockopt_debug_privileged) = {
	.claim  = "setsockopt(SO_DEBUG, 1) succeeds for a caller with CAP_NET_ADMIN or effective UID 0 and fails for others",
	.source = SC_SRC("man:socket(7)", "SO_DEBUG: Allowed only for processes with the CAP_NET_ADMIN capability or an effective user ID of 0"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.needs  = "root",
	.key    = "result",
};

enum who { ROOT, UID0_NO_CAP, OTHER_UID };

static const struct variant {
	SC_VARIANT_HEAD;
	enum who who;
} variants[] = {
	{ .name = "cap_net_admin", .who = ROOT },
	{ .name = "euid0_without_cap", .who = UID0_NO_CAP },
	{ .name = "unprivileged", .who = OTHER_UID },
};
SC_VARIANTS(variants);

SC_TEST(sockopt_debug_privileged)
{
	const struct variant *V = P->variant;
	int fd = sc_kind_socket(P->kind), one = 1;
	struct sc_res r;

	if (V->who == UID0_NO_CAP)
		SC_CAP_DROP(CAP_NET_ADMIN);
	if (V->who == OTHER_UID)
		SC_REQUIRE_OK(syscall(SYS_setresuid, -1, 65534, -1));
	r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_DEBUG, &one, sizeof one));
	if (V->who == OTHER_UID)
		SC_REQUIRE_OK(syscall(SYS_setresuid, -1, 0, -1));
	sc_cap_restore();
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "set");
	if (V->who == OTHER_UID)
		SC_EXPECT_ERRNO_RES("setsockopt(SO_DEBUG, 1) as an unprivileged user", r, EACCES, EPERM);
	else
		sc_expect_ok(SC_HERE, "setsockopt(SO_DEBUG, 1)", r);
}
