/* ipv6(7) IPV6_MTU_DISCOVER controls path MTU discovery as
 * IP_MTU_DISCOVER does (ip(7)): IPV6_PMTUDISC_DO refuses (EMSGSIZE) a
 * datagram larger than the path MTU, IPV6_PMTUDISC_WANT and _DONT let the
 * kernel fragment it.  In a private namespace whose loopback has MTU 1500,
 * a 2000-byte datagram is sent with each setting. */
#include "sc.h"
#include "links.h"
#include <poll.h>

SC_CASE(ipv6_mtu_discover) = {
	.claim   = "with IPV6_PMTUDISC_DO a datagram larger than the path MTU fails with EMSGSIZE; with _WANT or _DONT it is sent in fragments",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_MTU_DISCOVER: Control path-MTU discovery on the socket. See IP_MTU_DISCOVER in ip(7) for details"),
	.kinds   = SC_UDP,
	.require = SC_INET6,
	.exclude = SC_MAPPED, /* IPv6's setting: the mapped kind speaks IPv4 */
	.fixture = SC_FIX_NONE,
	.key     = "result",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int mode, refuses;
} modes[] = {
	{ .name = "do", .src = SC_SRC("man:ipv6(7)", "IPV6_MTU_DISCOVER: Control path-MTU discovery on the socket. See IP_MTU_DISCOVER in ip(7) for details"), .mode = IPV6_PMTUDISC_DO, .refuses = 1 },
	{ .name = "want", .src = SC_SRC("man:ipv6(7)", "IPV6_MTU_DISCOVER: Control path-MTU discovery on the socket. See IP_MTU_DISCOVER in ip(7) for details"), .mode = IPV6_PMTUDISC_WANT },
	{ .name = "dont", .src = SC_SRC("man:ipv6(7)", "IPV6_MTU_DISCOVER: Control path-MTU discovery on the socket. See IP_MTU_DISCOVER in ip(7) for details"), .mode = IPV6_PMTUDISC_DONT },
};
SC_VARIANTS(modes);

SC_TEST(ipv6_mtu_discover)
{
	const struct mode *V = P->variant;
	static char data[2000], buf[4000];
	long before;
	struct sc_res r;

	sc_private_netns();
	SC_REQUIRE(sc_link_set_mtu("lo", 1500) == 1500, "loopback MTU not set");
	sc_make_pair(P);
	sc_observe_int("default", sc_getopt_int(P->a, IPPROTO_IPV6, IPV6_MTU_DISCOVER));
	SC_EXPECT_OK(setsockopt(P->a, IPPROTO_IPV6, IPV6_MTU_DISCOVER, &V->mode, sizeof V->mode));
	before = sc_net_counter("snmp6", "Ip6", "FragCreates");
	memset(data, 'd', sizeof data);
	r = SC_CALL(send(P->a, data, sizeof data, 0));
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "sent");
	if (V->refuses) {
		SC_EXPECT_ERRNO_RES("send(2000 bytes, path MTU 1500)", r, EMSGSIZE);
		return;
	}
	sc_expect_ret(SC_HERE, "send(2000 bytes, path MTU 1500)", r, 2000);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 2000);
	SC_EXPECT_CMP(sc_net_counter("snmp6", "Ip6", "FragCreates") - before, >=, 2);
}
