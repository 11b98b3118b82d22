/* ip(7): IP_FREEBIND lets a socket bind to an address that is not local
 * (192.0.2.1, on no interface), which a socket without it may not; a
 * stream socket bound so can listen. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_freebind_nonlocal) = {
	.claim   = "with IP_FREEBIND bind() to a nonlocal address succeeds (and listen() after it); without it bind() fails",
	.source  = SC_SRC("man:ip(7)", "IP_FREEBIND: If enabled, this boolean option allows binding to an IP address that is nonlocal or does not (yet) exist. This permits listening on a socket"),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 addresses */
	.fixture = SC_FIX_NONE,
	.key     = "bind",
};

SC_TEST(ip_freebind_nonlocal)
{
	struct sockaddr_storage ss;
	socklen_t len = sc_ip4_addr(P->kind, "192.0.2.1", 0, &ss);
	int plain = sc_kind_socket(P->kind), fd = sc_kind_socket(P->kind);
	struct sc_res r = SC_CALL(bind(plain, (struct sockaddr *)&ss, len));

	sc_observe_str("bind_without", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_REQUIRE(r.ret < 0, "bind() to 192.0.2.1 without IP_FREEBIND succeeded: the address is local here");
	SC_SETOPT(fd, IPPROTO_IP, IP_FREEBIND, 1);
	r = SC_CALL(bind(fd, (struct sockaddr *)&ss, len));
	sc_observe_str("bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	SC_EXPECT_OK_RES("bind() to 192.0.2.1 with IP_FREEBIND", r);
	if (P->kind->caps & SC_LISTENER)
		SC_EXPECT_OK(listen(fd, 1));
}
