/* bind(2): EADDRNOTAVAIL, "the requested address was not local": an
 * address no interface of the host has (TEST-NET-1 192.0.2.1, the
 * documentation prefix 2001:db8::1) cannot be bound.  bind(2) lists the
 * entry among the errors specific to AF_UNIX; the condition it names is
 * one of Internet addresses. */
#include "sc.h"

SC_CASE(bind_nonlocal_address) = {
	.claim   = "bind() to an address that is not local fails with EADDRNOTAVAIL",
	.source  = SC_SRC("man:bind(2)", "EADDRNOTAVAIL: A nonexistent interface was requested or the requested address was not local"),
	.kinds   = SC_IP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(bind_nonlocal_address)
{
	struct sockaddr_storage ss;
	socklen_t len = sc_ip_addr(P->kind, "192.0.2.1", "2001:db8::1", 0, &ss);
	int fd = sc_kind_socket(P->kind);
	struct sc_res r;

	r = SC_CALL(bind(fd, (struct sockaddr *)&ss, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT_ERRNO_RES("bind() to a non-local address", r, EADDRNOTAVAIL);
}
