/* socketpair(2) EOPNOTSUPP: a protocol that cannot make socket pairs
 * (TCP, UDP, MPTCP, UDP-Lite, SCTP, vsock) fails with EOPNOTSUPP. */
#include "sc.h"

SC_CASE(socketpair_eopnotsupp) = {
	.claim   = "socketpair() of a protocol without socket pairs (TCP, UDP and the like) fails with EOPNOTSUPP",
	.source  = SC_SRC("man:socketpair(2)", "EOPNOTSUPP: The specified protocol does not support creation of socket pairs."),
	.kinds   = SC_IP | SC_VSOCK,
	.exclude = SC_MAPPED, /* only socket() */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(socketpair_eopnotsupp)
{
	int sv[2] = { -1, -1 };
	struct sc_res r;

	sc_kind_socket(P->kind);	/* unsupported here when the protocol is missing */
	r = SC_CALL(socketpair(P->kind->domain, P->kind->type, P->kind->protocol, sv));
	if (r.ret == 0) {
		sc_track(sv[0]);
		sc_track(sv[1]);
	}
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "created");
	sc_expect_fail(SC_HERE, "socketpair() of the kind's family, type and protocol", r,
		       (const int[]){ EOPNOTSUPP }, 1);
}
