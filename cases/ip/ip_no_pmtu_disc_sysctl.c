/* ip(7): /proc/sys/net/ipv4/ip_no_pmtu_disc: 0 (the default) leaves new
 * sockets at IP_PMTUDISC_WANT, doing Path MTU Discovery (DF on their
 * packets); nonzero makes the default IP_PMTUDISC_DONT (no DF).  Set in
 * the item's own namespace. */
#include "sc.h"
#include "rows.h"
#include "wire4.h"

SC_CASE(ip_no_pmtu_disc_sysctl) = {
	.claim   = "with ip_no_pmtu_disc 0 new sockets default to IP_PMTUDISC_WANT and send with DF; with 1, to IP_PMTUDISC_DONT without DF",
	.source  = SC_SRC("man:ip(7)", "ip_no_pmtu_disc: If enabled, don't do Path MTU Discovery for TCP sockets by default."),
	.also    = { SC_SRC("man:ip(7)", "IP_MTU_DISCOVER: The system-wide default can be toggled between IP_PMTUDISC_WANT and IP_PMTUDISC_DONT by writing (respectively, zero and nonzero values) to the /proc/sys/net/ipv4/ip_no_pmtu_disc file.") },
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.fixture = SC_FIX_NONE,
	.key     = "df",
};

SC_VARIANTS(sc_sysctl_rows);

SC_TEST(ip_no_pmtu_disc_sysctl)
{
	struct sc_ip4 p;
	long off, mode;
	int cap;

	sc_private_netns();
	off = sc_sysctl_row(P, "net/ipv4/ip_no_pmtu_disc");
	sc_make_pair(P);
	cap = sc_wire_open(sc_wire_proto(P->kind));
	{
		int v = -1;
		socklen_t len = sizeof v;

		/* MPTCP sockets do not answer this getsockopt: the wire does. */
		mode = getsockopt(P->a, IPPROTO_IP, IP_MTU_DISCOVER, &v, &len) < 0 ? -1 : v;
	}
	sc_observe_int("mtu_discover", mode);
	sc_wire_carry(P, cap, 400, &p);
	sc_observe_int("df", p.df);
	SC_EXPECT_EQ(p.df, !off);
	if (mode >= 0)
		SC_EXPECT_EQ(mode, off ? IP_PMTUDISC_DONT : IP_PMTUDISC_WANT);
}
