/* socket(2): EACCES, "permission to create a socket of the specified type
 * and/or protocol is denied".  A raw socket is the type a process needs
 * CAP_NET_RAW for: one that gave up root (uid 65534, no capabilities)
 * asks for one. */
#include "sc.h"
#include "unprivileged.h"

SC_CASE(socket_eacces_raw) = {
	.claim   = "socket() of a type the caller may not create (SOCK_RAW without CAP_NET_RAW) fails with EACCES",
	.source  = SC_SRC("man:socket(2)", "EACCES: Permission to create a socket of the specified type and/or protocol is denied"),
	.kinds   = SC_UDP,
	.require = SC_PLAIN, /* the kind gives the family only */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static struct sc_res raw(struct sc_pair *P, void *arg)
{
	int d = P->kind->domain;

	(void)arg;
	return SC_CALL(socket(d, SOCK_RAW | SOCK_CLOEXEC, d == AF_INET6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP));
}

SC_TEST(socket_eacces_raw)
{
	struct sc_res r = sc_as_nobody(P, raw, NULL);

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "created");
	SC_EXPECT_ERRNO_RES("socket(SOCK_RAW) as nobody", r, EACCES);
}
