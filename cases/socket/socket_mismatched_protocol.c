/* type and protocol do not combine freely: SOCK_STREAM with IPPROTO_UDP
 * (and SOCK_DGRAM with IPPROTO_TCP) is refused with EPROTONOSUPPORT. */
#include "sc.h"

SC_CASE(socket_mismatched_protocol) = {
	.claim   = "socket() refuses a protocol that does not fit the type (SOCK_STREAM with IPPROTO_UDP): EPROTONOSUPPORT",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: 并不是上面的 type 和 protocol 可以随意组合的，如 SOCK_STREAM 不可以跟 IPPROTO_UDP 组合"),
	.also    = { SC_SRC("man:socket(2)", "EPROTONOSUPPORT: The protocol type or the specified protocol is not supported within this domain") },
	.kinds   = SC_IP,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(socket_mismatched_protocol)
{
	const struct sc_kind *k = P->kind;
	int wrong = k->type == SOCK_STREAM ? IPPROTO_UDP : IPPROTO_TCP;
	/* The family itself must be there, or this is unsupported. */
	int ok = sc_kind_socket(k);
	struct sc_res r;

	sc_close(&ok);
	r = SC_CALL(socket(k->domain, k->type, wrong));
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "none");
	sc_expect_fail(SC_HERE, "socket(domain, type, mismatched protocol)", r,
		       (const int[]){ EPROTONOSUPPORT }, 1);
}
