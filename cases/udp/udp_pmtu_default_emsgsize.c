/* udp(7): by default Linux UDP does path MTU discovery: the kernel keeps
 * track of the MTU towards a destination and a write exceeding it fails
 * with EMSGSIZE.  In a private namespace loopback's MTU is 1500, so the
 * path MTU to the peer is 1500 and a 3000-byte datagram exceeds it. */
#include "sc.h"
#include "links.h"
#include <poll.h>

SC_CASE(udp_pmtu_default_emsgsize) = {
	.claim   = "with the default path MTU discovery setting, a UDP write larger than the path MTU fails with EMSGSIZE",
	.source  = SC_SRC("man:udp(7)", "path MTU EMSGSIZE: By default, Linux UDP does path MTU (Maximum Transmission Unit) discovery. This means the kernel will keep track of the MTU to a specific target IP address and return EMSGSIZE when a UDP packet write exceeds it"),
	.kinds   = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "send_result",
};

static long frag_creates(const struct sc_kind *k)
{
	if (k->domain == AF_INET6 && k->addr != SC_ADDR_MAPPED4)
		return sc_net_counter("snmp6", "Ip6", "FragCreates");
	return sc_net_counter("snmp", "Ip", "FragCreates");
}

SC_TEST(udp_pmtu_default_emsgsize)
{
	static char data[3000], buf[4000];
	int v6 = P->kind->domain == AF_INET6 && P->kind->addr != SC_ADDR_MAPPED4;
	long before;
	struct sc_res r;

	sc_private_netns();
	sc_observe_int("path_mtu", sc_link_set_mtu("lo", 1500));
	sc_make_pair(P);
	sc_observe_int("pmtudisc_default", v6 ? sc_getopt_int(P->a, IPPROTO_IPV6, IPV6_MTU_DISCOVER)
					      : sc_getopt_int(P->a, IPPROTO_IP, IP_MTU_DISCOVER));
	before = frag_creates(P->kind);
	memset(data, 'm', sizeof data);
	r = SC_CALL(send(P->a, data, sizeof data, 0));
	sc_observe_str("send_result", r.ret < 0 ? sc_errname(r.err) : "sent");
	if (r.ret > 0) {
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
		sc_observe_int("received", recv(P->b, buf, sizeof buf, MSG_DONTWAIT));
		sc_observe_int("fragments", frag_creates(P->kind) - before);
	}
	sc_expect_fail(SC_HERE, "send(3000 bytes over a 1500-byte path)", r, (const int[]){ EMSGSIZE }, 1);
}
