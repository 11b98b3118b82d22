/* ip(7): IP_TTL is the time-to-live field of every packet the socket
 * sends: after setting it, the packets on the wire carry it, and
 * getsockopt reads it. */
#include "sc.h"
#include "wire4.h"

SC_CASE(ip_ttl_sent) = {
	.claim   = "after setsockopt(IP_TTL, 33) the socket's packets carry TTL 33 and getsockopt returns 33",
	.source  = SC_SRC("man:ip(7)", "IP_TTL: Set or retrieve the current time-to-live field that is used in every packet sent from this socket."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.fixture = SC_FIX_NONE,
	.key     = "wire_ttl",
};

SC_TEST(ip_ttl_sent)
{
	struct sc_ip4 p;
	int cap;

	sc_private_netns();
	sc_make_pair(P);
	cap = sc_wire_open(sc_wire_proto(P->kind));
	SC_SETOPT(P->a, IPPROTO_IP, IP_TTL, 33);
	sc_observe_int("getsockopt", sc_getopt_int(P->a, IPPROTO_IP, IP_TTL));
	sc_wire_carry(P, cap, 400, &p);
	sc_observe_int("wire_ttl", p.ttl);
	SC_EXPECT_EQ(p.ttl, 33);
	SC_EXPECT_EQ(sc_getopt_int(P->a, IPPROTO_IP, IP_TTL), 33);
}
