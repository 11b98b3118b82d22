/* ipv6(7) IPV6_MTU, getsockopt(): the current known path MTU of the
 * socket, valid only once it is connected.  In a private namespace whose
 * loopback has MTU 1500 the path MTU to a loopback peer is 1500, for IPv6
 * and IPv4-mapped peers alike; unconnected the call fails (ENOTCONN). */
#include "sc.h"
#include "links.h"

SC_CASE(ipv6_mtu_get_path) = {
	.claim   = "getsockopt(IPV6_MTU) fails on an unconnected socket and returns the path MTU (loopback's MTU) once connected",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_MTU: getsockopt(): Retrieve the current known path MTU of the current socket. Valid only when the socket has been connected. Returns an integer"),
	.kinds   = SC_INET6,
	.fixture = SC_FIX_NONE,
	.key     = "ipv6_mtu",
};

SC_TEST(ipv6_mtu_get_path)
{
	int fd, mtu = -1, lo;
	socklen_t len = sizeof mtu;
	struct sc_res r;

	sc_private_netns();
	lo = sc_link_set_mtu("lo", 1500);
	sc_observe_int("lo_mtu", lo);
	fd = sc_kind_socket(P->kind);
	sc_make_pair(P);
	r = SC_CALL(getsockopt(P->a, IPPROTO_IPV6, IPV6_MTU, &mtu, &len));
	sc_observe_str("connected", r.ret < 0 ? sc_errname(r.err) : "read");
	sc_expect_ok(SC_HERE, "getsockopt(connected, IPV6_MTU)", r);
	sc_observe_int("ipv6_mtu", mtu);
	SC_EXPECT_EQ(mtu, lo);
	len = sizeof mtu;
	SC_EXPECT_ERRNO(getsockopt(fd, IPPROTO_IPV6, IPV6_MTU, &mtu, &len), ENOTCONN);
}
