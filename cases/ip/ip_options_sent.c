/* ip(7): IP_OPTIONS sets the IP options sent with every packet of the
 * socket: its packets on the wire carry them in their header, and
 * getsockopt(IP_OPTIONS) returns the options used for sending.  The
 * option is a record route with two slots (the sender fills the first
 * as it sends). */
#include "sc.h"
#include "wire4.h"
#include <netinet/ip.h>
#include <stdio.h>

SC_CASE(ip_options_sent) = {
	.claim   = "after setsockopt(IP_OPTIONS, record route) the socket's packets carry the option and getsockopt returns it",
	.source  = SC_SRC("man:ip(7)", "IP_OPTIONS: Set or get the IP options to be sent with every packet from this socket."),
	.also    = { SC_SRC("man:ip(7)", "IP_OPTIONS: Calling getsockopt(2) with IP_OPTIONS puts the current IP options used for sending into the supplied buffer.") },
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.fixture = SC_FIX_NONE,
	.key     = "wire_options",
};

static void hex(const unsigned char *b, int n, char *out, size_t cap)
{
	out[0] = 0;
	for (int i = 0; i < n; i++)
		snprintf(out + strlen(out), cap - strlen(out), "%s%02x", i ? " " : "", b[i]);
}

SC_TEST(ip_options_sent)
{
	unsigned char rr[12] = { IPOPT_RR, 11, 4 }, got[40];
	socklen_t len = sizeof got;
	struct sc_ip4 p;
	char text[128];
	int cap;

	sc_private_netns();
	sc_make_pair(P);
	cap = sc_wire_open(sc_wire_proto(P->kind));
	if (setsockopt(P->a, IPPROTO_IP, IP_OPTIONS, rr, 11) < 0) {
		if (errno == EOPNOTSUPP || errno == ENOPROTOOPT)
			sc_unsupported("setsockopt(IP_OPTIONS) on %s: %s: this kind lacks the option",
				       P->kind->name, sc_errname(errno));
		SC_EXPECT_OK(-1);
	}
	SC_EXPECT_OK(getsockopt(P->a, IPPROTO_IP, IP_OPTIONS, got, &len));
	hex(got, (int)len, text, sizeof text);
	sc_observe_str("getsockopt", text);
	SC_EXPECT(len >= 11 && !memcmp(got, rr, 11), "getsockopt(IP_OPTIONS) returned %s", text);

	sc_wire_carry(P, cap, 400, &p);
	hex(p.opt, p.optlen, text, sizeof text);
	sc_observe_str("wire_options", text);
	SC_EXPECT_EQ(p.optlen, 12);
	SC_EXPECT(p.optlen >= 11 && p.opt[0] == IPOPT_RR && p.opt[1] == 11,
		  "the packet's options are %s, not the record route set", text);
}
