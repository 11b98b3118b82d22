/* socketpair(2) NOTES: on Linux the domains that make socket pairs are
 * AF_UNIX (AF_LOCAL) and, since Linux 4.12, AF_TIPC; such a pair is
 * connected. */
#include "sc.h"

SC_CASE(socketpair_domains) = {
	.claim   = "socketpair() works for AF_UNIX and AF_TIPC, giving a connected pair",
	.source  = SC_SRC("man:socketpair(2)", "domains: On Linux, the only supported domains for this call are AF_UNIX (or synonymously, AF_LOCAL) and AF_TIPC (since Linux 4.12)."),
	.kinds   = SC_UNIX | SC_TIPC,
	.exclude = SC_RECIPE, /* only socket() */
	.fixture = SC_FIX_NONE,
	.key     = "result",
};

SC_TEST(socketpair_domains)
{
	int sv[2] = { -1, -1 };
	struct sc_res r;
	char b[4];

	sc_kind_socket(P->kind);	/* unsupported here when the family is missing */
	r = SC_CALL(socketpair(P->kind->domain, P->kind->type, 0, sv));
	if (r.ret == 0) {
		sc_track(sv[0]);
		sc_track(sv[1]);
	}
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "created");
	sc_expect_ok(SC_HERE, "socketpair() of the kind's family and type", r);
	SC_EXPECT_RET(send(sv[0], "d", 1, MSG_DONTWAIT), 1);
	sc_wait_fd(sv[1], POLLIN, SC_WAIT_MS, "the byte across the pair");
	SC_EXPECT_RET(recv(sv[1], b, sizeof b, MSG_DONTWAIT), 1);
}
