/* socket(7) SO_BUSY_POLL: a new socket's value comes from
 * /proc/sys/net/core/busy_read; raising it requires CAP_NET_ADMIN. */
#include "sc.h"
#include "caps.h"

#ifndef SO_BUSY_POLL
#define SO_BUSY_POLL 46
#endif

SC_CASE(sockopt_busy_poll) = {
	.claim  = "SO_BUSY_POLL starts at net.core.busy_read, and only CAP_NET_ADMIN may raise it",
	.source = SC_SRC("man:socket(7)", "SO_BUSY_POLL: Increasing this value requires CAP_NET_ADMIN. The default for this option is controlled by the /proc/sys/net/core/busy_read file"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE,
	.fixture = SC_FIX_NONE,
	.key    = "result",
};

enum how { DEFAULT, RAISE, KEEP };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "default", .how = DEFAULT },
	{ .name = "raise_unprivileged", .how = RAISE },
	{ .name = "same_unprivileged", .how = KEEP },
};
SC_VARIANTS(variants);

SC_TEST(sockopt_busy_poll)
{
	const struct variant *V = P->variant;
	long busy_read = sc_sysctl_or_unsupported("net/core/busy_read", 0);
	int fd = sc_kind_socket(P->kind), v = -1;
	socklen_t len = sizeof v;
	struct sc_res r = SC_CALL(getsockopt(fd, SOL_SOCKET, SO_BUSY_POLL, &v, &len));

	if (r.ret < 0 && r.err == ENOPROTOOPT)
		sc_unsupported("SO_BUSY_POLL: ENOPROTOOPT (no CONFIG_NET_RX_BUSY_POLL)");
	sc_expect_ok(SC_HERE, "getsockopt(SO_BUSY_POLL)", r);
	if (V->how == DEFAULT) {
		sc_observe_int("result", v);
		SC_EXPECT_EQ(v, busy_read);
		return;
	}
	SC_CAP_DROP(CAP_NET_ADMIN);
	r = SC_CALL(setsockopt(fd, SOL_SOCKET, SO_BUSY_POLL, &(int){ V->how == RAISE ? v + 50 : v }, sizeof(int)));
	sc_cap_restore();
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "set");
	if (V->how == RAISE)
		SC_EXPECT_ERRNO_RES("setsockopt(SO_BUSY_POLL, higher) without CAP_NET_ADMIN", r, EPERM);
	else
		sc_expect_ok(SC_HERE, "setsockopt(SO_BUSY_POLL, unchanged) without CAP_NET_ADMIN", r);
}
