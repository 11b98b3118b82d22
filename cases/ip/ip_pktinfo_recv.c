/* ip(7): with IP_PKTINFO set, each datagram comes with an in_pktinfo:
 * ipi_ifindex the link it was received on, ipi_addr the destination in
 * its header, ipi_spec_dst the local address.  A socket bound to the
 * wildcard receives a datagram sent to 127.0.0.5 on lo. */
#include "sc.h"
#include "cmsg.h"
#include "ip4.h"
#include <arpa/inet.h>
#include <net/if.h>

SC_CASE(ip_pktinfo_recv) = {
	.claim   = "with IP_PKTINFO a received datagram carries an in_pktinfo naming the receiving link and the header's destination address",
	.source  = SC_SRC("man:ip(7)", "IP_PKTINFO: ipi_ifindex is the unique index of the interface the packet was received on. ipi_spec_dst is the local address of the packet and ipi_addr is the destination address in the packet header."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.require = SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "ipi_addr",
};

SC_TEST(ip_pktinfo_recv)
{
	int rx = sc_ip4_bound(P->kind, "0.0.0.0", 0), tx = sc_kind_socket(P->kind);
	const struct in_pktinfo *pi;
	struct sc_msg m;
	char rbuf[2048];
	char addr[64], spec[64];

	SC_SETOPT(rx, IPPROTO_IP, IP_PKTINFO, 1);
	sc_ip4_sendto(P->kind, tx, "info", "127.0.0.5", sc_port(rx));
	sc_wait_fd(rx, POLLIN, SC_WAIT_MS, "the datagram");
	SC_REQUIRE(sc_recv_msg(rx, rbuf, sizeof rbuf, MSG_DONTWAIT, &m).ret == 4, "recvmsg: %s", sc_errname(m.err));
	pi = sc_cmsg(&m, IPPROTO_IP, IP_PKTINFO, NULL);
	SC_EXPECT(pi != NULL, "no IP_PKTINFO control message came with the datagram");
	inet_ntop(AF_INET, &pi->ipi_addr, addr, sizeof addr);
	inet_ntop(AF_INET, &pi->ipi_spec_dst, spec, sizeof spec);
	sc_observe_int("ipi_ifindex", pi->ipi_ifindex);
	sc_observe_str("ipi_addr", addr);
	sc_observe_str("ipi_spec_dst", spec);
	SC_EXPECT_EQ(pi->ipi_ifindex, if_nametoindex("lo"));
	SC_EXPECT(!strcmp(addr, "127.0.0.5"), "ipi_addr is %s, not the destination 127.0.0.5", addr);
	SC_EXPECT(!strcmp(spec, "127.0.0.5"), "ipi_spec_dst is %s, not the local address 127.0.0.5", spec);
}
