/* ip(7): IP_TOS is the Type-Of-Service byte of every IP packet the socket
 * sends: 0 unless set; after setting IPTOS_LOWDELAY the packets on the
 * wire carry it.  The two low (ECN) bits are the kernel's on TCP. */
#include "sc.h"
#include "wire4.h"
#include <netinet/ip.h>

SC_CASE(ip_tos_sent) = {
	.claim   = "packets carry TOS 0 by default and IPTOS_LOWDELAY after setsockopt(IP_TOS, IPTOS_LOWDELAY)",
	.source  = SC_SRC("man:ip(7)", "IP_TOS: Set or receive the Type-Of-Service (TOS) field that is sent with every IP packet originating from this socket."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.fixture = SC_FIX_NONE,
	.key     = "wire_tos",
};

static const struct setting {
	SC_VARIANT_HEAD;
	int value;		/* -1: left at its default */
} settings[] = {
	{ .name = "default", .value = -1 },
	{ .name = "lowdelay", .value = IPTOS_LOWDELAY },
};
SC_VARIANTS(settings);

SC_TEST(ip_tos_sent)
{
	const struct setting *V = P->variant;
	struct sc_ip4 p;
	int cap;

	sc_private_netns();
	sc_make_pair(P);
	cap = sc_wire_open(sc_wire_proto(P->kind));
	if (V->value >= 0)
		SC_SETOPT(P->a, IPPROTO_IP, IP_TOS, V->value);
	sc_wire_carry(P, cap, 400, &p);
	sc_observe_int("wire_tos", p.tos);
	SC_EXPECT_EQ(p.tos & ~3, V->value < 0 ? 0 : V->value);
}
