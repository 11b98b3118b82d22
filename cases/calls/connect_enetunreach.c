/* connect(2): ENETUNREACH, "network is unreachable".  In a network
 * namespace of its own, where only loopback is up and there is no route
 * beyond it, connect() to a documentation address (192.0.2.1,
 * 2001:db8::1) finds no route. */
#include "sc.h"

SC_CASE(connect_enetunreach) = {
	.claim   = "connect() to an address no route leads to fails with ENETUNREACH",
	.source  = SC_SRC("man:connect(2)", "ENETUNREACH: Network is unreachable"),
	.kinds   = SC_IP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(connect_enetunreach)
{
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r;
	int fd;

	sc_private_netns();
	fd = sc_kind_socket(P->kind);
	len = sc_ip_addr(P->kind, "192.0.2.1", "2001:db8::1", 9, &ss);
	r = SC_CALL(connect(fd, (struct sockaddr *)&ss, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	SC_EXPECT_ERRNO_RES("connect() with no route", r, ENETUNREACH);
}
