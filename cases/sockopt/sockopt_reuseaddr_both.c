/* socket(7) NOTES: Linux allows port reuse with SO_REUSEADDR only when
 * the option was set both by the earlier socket bound to the port and by
 * the one that wants to reuse it (FreeBSD needs only the later one).  A
 * second socket binds the address of a first one, bound but not
 * listening, or gone to TIME_WAIT. */
#include "sc.h"

SC_CASE(sockopt_reuseaddr_both) = {
	.claim  = "a port is reused through SO_REUSEADDR only when both the earlier and the later socket set it",
	.source = SC_SRC("man:socket(7)", "SO_REUSEADDR on both: Linux will allow port reuse only with the SO_REUSEADDR option when this option was set both in the previous program that performed a bind(2) to the port and in the program that wants to reuse the port"),
	.kinds  = SC_TCP | SC_UDP,
	.fixture = SC_FIX_NONE,
	.key    = "second_bind",
};

enum how { BOTH, NEW_ONLY, OLD_ONLY, TIME_WAIT_NEW_ONLY };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "both", .how = BOTH },
	{ .name = "new_only", .how = NEW_ONLY },
	{ .name = "old_only", .how = OLD_ONLY },
	{ .name = "time_wait_new_only", .how = TIME_WAIT_NEW_ONLY, .kinds = SC_TCP },
};
SC_VARIANTS(variants);

SC_TEST(sockopt_reuseaddr_both)
{
	const struct variant *V = P->variant;
	int old, fresh;
	struct sc_res r;

	if (V->how == TIME_WAIT_NEW_ONLY) {
		sc_make_time_wait(P, 0);
	} else {
		old = sc_kind_socket(P->kind);
		if (V->how != NEW_ONLY)
			SC_SETOPT(old, SOL_SOCKET, SO_REUSEADDR, 1);
		sc_bind_local(P, old, &P->addr, &P->addrlen);
	}
	fresh = sc_kind_socket(P->kind);
	if (V->how != OLD_ONLY)
		SC_SETOPT(fresh, SOL_SOCKET, SO_REUSEADDR, 1);
	r = SC_CALL(bind(fresh, (struct sockaddr *)&P->addr, P->addrlen));
	sc_observe_str("second_bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	if (V->how == BOTH)
		sc_expect_ok(SC_HERE, "bind() with SO_REUSEADDR set on both sockets", r);
	else
		SC_EXPECT_ERRNO_RES("bind() with SO_REUSEADDR on one socket only", r, EADDRINUSE);
}
