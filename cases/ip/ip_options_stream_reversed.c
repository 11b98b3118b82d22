/* ip(7): when the connection request (SYN) of a stream socket carries IP
 * options, the accepted socket's options are set to them, reversed for
 * the way back: getsockopt(IP_OPTIONS) on it returns a record route, and
 * its own packets carry one.  The client sets a record route before
 * connect(). */
#include "sc.h"
#include "wire4.h"
#include <netinet/ip.h>
#include <stdio.h>

SC_CASE(ip_options_stream_reversed) = {
	.claim   = "a stream socket accepted from a SYN that carried a record route has that option set for its own packets",
	.source  = SC_SRC("man:ip(7)", "IP_OPTIONS: When the initial connection request packet for a SOCK_STREAM socket contains IP options, the IP options will be set automatically to the options from the initial packet with routing headers reversed."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.require = SC_STREAM | SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "accepted_options",
};

SC_TEST(ip_options_stream_reversed)
{
	unsigned char rr[16] = { IPOPT_RR, 15, 4 }, got[40];
	socklen_t len = sizeof got;
	struct sc_ip4 p;
	char text[128] = "";
	int cap, fd;

	sc_private_netns();
	sc_listen(P, 1);
	fd = sc_kind_socket(P->kind);
	if (setsockopt(fd, IPPROTO_IP, IP_OPTIONS, rr, 15) < 0) {
		if (errno == EOPNOTSUPP || errno == ENOPROTOOPT)
			sc_unsupported("setsockopt(IP_OPTIONS) on %s: %s: this kind lacks the option",
				       P->kind->name, sc_errname(errno));
		sc_broken("setsockopt(IP_OPTIONS) failed: %s", sc_errname(errno));
	}
	SC_REQUIRE_OK(connect(fd, (struct sockaddr *)&P->addr, P->addrlen));
	P->b = fd;
	P->a = sc_accept(P, SC_WAIT_MS);
	SC_EXPECT_OK(getsockopt(P->a, IPPROTO_IP, IP_OPTIONS, got, &len));
	for (socklen_t i = 0; i < len; i++)
		snprintf(text + strlen(text), sizeof text - strlen(text), "%s%02x", i ? " " : "", got[i]);
	sc_observe_str("accepted_options", text);
	SC_EXPECT(len >= 3 && got[0] == IPOPT_RR, "the accepted socket's options are \"%s\", no record route", text);
	/* The accepted socket's data goes out with the option. */
	cap = sc_wire_open(sc_wire_proto(P->kind));
	sc_wire_carry(P, cap, 400, &p);
	sc_observe_int("wire_options_len", p.optlen);
	SC_EXPECT(p.optlen > 0 && p.opt[0] == IPOPT_RR, "the accepted socket's packets carry no record route");
}
