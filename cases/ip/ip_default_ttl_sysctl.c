/* ip(7): /proc/sys/net/ipv4/ip_default_ttl is the time-to-live of the
 * packets of sockets that did not set IP_TTL; changed (in the item's own
 * namespace), new packets carry the new value. */
#include "sc.h"
#include "wire4.h"

SC_CASE(ip_default_ttl_sysctl) = {
	.claim   = "a socket without IP_TTL sends with TTL ip_default_ttl, and with the new value once the sysctl is changed",
	.source  = SC_SRC("man:ip(7)", "ip_default_ttl: Set the default time-to-live value of outgoing packets. This can be changed per socket with the IP_TTL option."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.fixture = SC_FIX_NONE,
	.key     = "wire_ttl",
};

static const struct setting {
	SC_VARIANT_HEAD;
	const char *value;	/* NULL: the namespace's default */
} settings[] = {
	{ .name = "default", .value = NULL },
	{ .name = "set77", .value = "77" },
};
SC_VARIANTS(settings);

SC_TEST(ip_default_ttl_sysctl)
{
	const struct setting *V = P->variant;
	struct sc_ip4 p;
	long ttl;
	int cap;

	sc_private_netns();
	ttl = sc_sysctl_setting("net/ipv4/ip_default_ttl", V->value);
	sc_make_pair(P);
	cap = sc_wire_open(sc_wire_proto(P->kind));
	sc_wire_carry(P, cap, 400, &p);
	sc_observe_int("wire_ttl", p.ttl);
	SC_EXPECT_EQ(p.ttl, ttl);
}
