/* ip(7): IP_MSFILTER gives the full-state filter API: a socket that joined
 * a group and sets an INCLUDE filter of one source receives the group's
 * datagrams from that source only, and getsockopt(IP_MSFILTER) reads the
 * filter back. */
#include "sc.h"
#include "ip4.h"
#include <arpa/inet.h>

SC_CASE(ip_msfilter_include) = {
	.claim   = "an IP_MSFILTER INCLUDE filter of one source lets only that source's datagrams to the group through, and getsockopt returns it",
	.source  = SC_SRC("man:ip(7)", "IP_MSFILTER: This option provides access to the advanced full-state filtering API. Argument is an ip_msfilter structure."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "received",
};

#define GROUP "239.1.2.10"

SC_TEST(ip_msfilter_include)
{
	union {
		struct ip_msfilter f;
		char room[IP_MSFILTER_SIZE(4)];
	} set, got;
	socklen_t len = sizeof got;
	struct sc_mc_sources m;
	char seen[256], text[64];

	sc_mcast_sources(P->kind, GROUP, &m);
	sc_mcast_join(m.rx, GROUP, m.index);
	memset(&set, 0, sizeof set);
	inet_pton(AF_INET, GROUP, &set.f.imsf_multiaddr);
	inet_pton(AF_INET, SC_MC_ADDR, &set.f.imsf_interface);
	set.f.imsf_fmode = MCAST_INCLUDE;
	set.f.imsf_numsrc = 1;
	inet_pton(AF_INET, SC_MC_ADDR, &set.f.imsf_slist[0]);
	SC_EXPECT_OK(setsockopt(m.rx, IPPROTO_IP, IP_MSFILTER, &set, IP_MSFILTER_SIZE(1)));

	memset(&got, 0, sizeof got);
	got.f.imsf_multiaddr = set.f.imsf_multiaddr;
	got.f.imsf_interface = set.f.imsf_interface;
	got.f.imsf_numsrc = 4;
	SC_EXPECT_OK(getsockopt(m.rx, IPPROTO_IP, IP_MSFILTER, &got, &len));
	sc_observe_int("filter_mode", got.f.imsf_fmode);
	sc_observe_int("filter_sources", got.f.imsf_numsrc);
	sc_observe_str("filter_source", inet_ntop(AF_INET, &got.f.imsf_slist[0], text, sizeof text));
	SC_EXPECT_EQ(got.f.imsf_fmode, MCAST_INCLUDE);
	SC_EXPECT_EQ(got.f.imsf_numsrc, 1);
	SC_EXPECT(got.f.imsf_slist[0].s_addr == set.f.imsf_slist[0].s_addr, "the filter reads back source %s", text);

	sc_observe_str("received", sc_mcast_heard(&m, "excluded", "included", seen, sizeof seen));
	SC_EXPECT(!strcmp(seen, "included"),
		  "received \"%s\": expected only the datagram from the included source", seen);
}
