/* ip(7): IP_BLOCK_SOURCE stops the datagrams of one source of a group the
 * socket joined for every source; the others still arrive.  It is valid
 * only after a join: without one it fails. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_block_source_filters) = {
	.claim   = "after IP_BLOCK_SOURCE(S) on a joined group the socket receives the group's datagrams from every source but S",
	.source  = SC_SRC("man:ip(7)", "IP_BLOCK_SOURCE: Stop receiving multicast data from a specific source in a given group."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "received",
};

static const struct order {
	SC_VARIANT_HEAD;
	int joined;
} orders[] = {
	{ .name = "after_join", .joined = 1 },
	{ .name = "without_join", .joined = 0,
	  .src = SC_SRC("man:ip(7)", "IP_BLOCK_SOURCE: This is valid only after the application has subscribed to the multicast group") },
};
SC_VARIANTS(orders);

#define GROUP "239.1.2.7"

SC_TEST(ip_block_source_filters)
{
	const struct order *V = P->variant;
	struct sc_mc_sources m;
	char got[256];
	struct sc_res r;

	sc_mcast_sources(P->kind, GROUP, &m);
	if (!V->joined) {
		r = sc_mcast_source(m.rx, IP_BLOCK_SOURCE, GROUP, SC_MC_ADDR2);
		sc_observe_str("block_without_join", r.ret < 0 ? sc_errname(r.err) : "accepted");
		SC_EXPECT(r.ret < 0, "IP_BLOCK_SOURCE without a prior join succeeded");
		return;
	}
	sc_mcast_join(m.rx, GROUP, m.index);
	SC_EXPECT_OK(sc_mcast_source(m.rx, IP_BLOCK_SOURCE, GROUP, SC_MC_ADDR2).ret);
	sc_observe_str("received", sc_mcast_heard(&m, "blocked", "other", got, sizeof got));
	SC_EXPECT(!strcmp(got, "other"),
		  "received \"%s\": expected only the datagram from the source not blocked", got);
}
