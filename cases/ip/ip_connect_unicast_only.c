/* ip(7): connection-oriented sockets may use only unicast addresses:
 * connect() to a multicast group or to a broadcast address fails.  In the
 * item's namespace the group is routed through mc0 and lo's broadcast
 * address is 127.255.255.255. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_connect_unicast_only) = {
	.claim   = "connect() of a connection-oriented socket to a multicast or broadcast address fails",
	.source  = SC_SRC("man:ip(7)", "connections unicast only: In the current implementation, connection-oriented sockets are allowed to use only unicast addresses."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 addresses */
	.exclude = SC_DGRAM,		/* connection-oriented kinds */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct dest {
	SC_VARIANT_HEAD;
	const char *ip;
} dests[] = {
	{ .name = "multicast", .ip = "239.1.2.30" },
	{ .name = "broadcast", .ip = "127.255.255.255" },
};
SC_VARIANTS(dests);

SC_TEST(ip_connect_unicast_only)
{
	const struct dest *V = P->variant;
	struct sockaddr_storage to;
	socklen_t len = sc_ip4_addr(P->kind, V->ip, 40100, &to);
	struct sc_res r;
	int fd;

	sc_private_netns();
	sc_mcast_link();
	fd = sc_kind_socket(P->kind);
	sc_set_nonblock(fd, 1);
	r = SC_CALL(connect(fd, (struct sockaddr *)&to, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	SC_EXPECT(r.ret < 0 && r.err != EINPROGRESS, "connect() to %s %s", V->ip,
		  r.ret < 0 ? "went in progress" : "succeeded");
}
