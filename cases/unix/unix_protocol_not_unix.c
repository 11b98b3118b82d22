/* unix(7) EPROTONOSUPPORT: a protocol other than 0 or AF_UNIX is refused
 * with EPROTONOSUPPORT, by socket(2) (unix(7)) and socketpair(2) alike;
 * AF_UNIX itself is accepted as the protocol. */
#include "sc.h"

SC_CASE(unix_protocol_not_unix) = {
	.claim   = "socket() and socketpair() of AF_UNIX with a protocol that is not AF_UNIX fail with EPROTONOSUPPORT; protocol AF_UNIX is accepted",
	.source  = SC_SRC("man:unix(7)", "EPROTONOSUPPORT: Passed protocol is not AF_UNIX"),
	.kinds   = SC_UNIX,
	.exclude = SC_RECIPE, /* only socket() */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct call {
	SC_VARIANT_HEAD;
} calls[] = {
	{ .name = "socket", .src = SC_SRC("man:unix(7)", "EPROTONOSUPPORT: Passed protocol is not AF_UNIX") },
	{ .name = "socketpair", .src = SC_SRC("man:socketpair(2)", "EPROTONOSUPPORT: The specified protocol is not supported on this machine") },
};
SC_VARIANTS(calls);

static struct sc_res make(const struct sc_pair *P, int protocol)
{
	int sv[2] = { -1, -1 };
	struct sc_res r;

	if (!strcmp(((const struct sc_variant *)P->variant)->name, "socket"))
		return SC_CALL(sc_track(socket(AF_UNIX, P->kind->type, protocol)));
	r = SC_CALL(socketpair(AF_UNIX, P->kind->type, protocol, sv));
	if (r.ret == 0) {
		sc_track(sv[0]);
		sc_track(sv[1]);
	}
	return r;
}

SC_TEST(unix_protocol_not_unix)
{
	struct sc_res r;

	sc_expect_ok(SC_HERE, "protocol PF_UNIX", make(P, PF_UNIX));
	r = make(P, IPPROTO_UDP);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "created");
	sc_expect_fail(SC_HERE, "protocol IPPROTO_UDP", r, (const int[]){ EPROTONOSUPPORT }, 1);
}
