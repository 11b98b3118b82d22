/* ip(7): EHOSTUNREACH can be caused by an ICMP message from a remote
 * router.  An ICMP host unreachable quoting a datagram of a connected
 * datagram socket (sent by hand from 127.0.0.2, as a router would) makes
 * its next call fail with EHOSTUNREACH.  The socket sets IP_RECVERR: a
 * host unreachable is a soft error (RFC 1122), which a datagram socket
 * reports only with IP_RECVERR. */
#include "sc.h"
#include "wire4.h"
#include <netinet/ip_icmp.h>

SC_CASE(ip_icmp_host_unreach) = {
	.claim   = "after an ICMP host unreachable about its datagram, a connected datagram socket (IP_RECVERR) fails its next recv with EHOSTUNREACH",
	.source  = SC_SRC("man:ip(7)", "EHOSTUNREACH: This error can be caused by an ICMP message from a remote router"),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 ICMP */
	.require = SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(ip_icmp_host_unreach)
{
	unsigned char quoted[20 + 8], icmp[8 + sizeof quoted], pkt[64];
	unsigned char udp[8] = { 0 };
	uint16_t sum;
	size_t len;
	char buf[8];

	sc_private_netns();
	sc_make_pair(P);
	SC_SETOPT(P->a, IPPROTO_IP, IP_RECVERR, 1);
	udp[0] = (unsigned char)(sc_port(P->a) >> 8), udp[1] = (unsigned char)sc_port(P->a);
	udp[2] = (unsigned char)(sc_port(P->b) >> 8), udp[3] = (unsigned char)sc_port(P->b);
	udp[5] = 8 + 4;
	sc_ip4_build(quoted, "127.0.0.1", "127.0.0.1", sc_wire_proto(P->kind), 64, NULL, 0, udp, sizeof udp);
	quoted[3] = 20 + 8 + 4;			/* the datagram's whole length */
	memset(icmp, 0, sizeof icmp);
	icmp[0] = ICMP_DEST_UNREACH;
	icmp[1] = ICMP_HOST_UNREACH;
	memcpy(icmp + 8, quoted, sizeof quoted);
	sum = sc_csum(icmp, sizeof icmp);
	memcpy(icmp + 2, &sum, 2);
	len = sc_ip4_build(pkt, "127.0.0.2", "127.0.0.1", IPPROTO_ICMP, 64, NULL, 0, icmp, sizeof icmp);
	sc_raw4_send(pkt, len);
	SC_WAIT_UNTIL(sc_net_counter("snmp", "Icmp", "InDestUnreachs") >= 1, SC_WAIT_MS,
		      "the ICMP host unreachable to be received");
	sc_poll(P->a, POLLERR, sc_ms(SC_BLOCKED_MS));
	struct sc_res r = SC_CALL(recv(P->a, buf, sizeof buf, MSG_DONTWAIT));

	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "data");
	SC_EXPECT_ERRNO_RES("recv() after the ICMP host unreachable", r, EHOSTUNREACH);
}
