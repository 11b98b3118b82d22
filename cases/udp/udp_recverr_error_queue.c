/* udp(7): with IP_RECVERR (ipv6(7): IPV6_RECVERR) enabled, errors are
 * stored in the socket's error queue and read by recvmsg(MSG_ERRQUEUE): an
 * unconnected socket that sent to a closed port finds there the datagram it
 * sent and a sock_extended_err saying ECONNREFUSED from ICMP. */
#include "sc.h"
#include "cmsg.h"
#include "icmp.h"

SC_CASE(udp_recverr_error_queue) = {
	.claim   = "with IP_RECVERR / IPV6_RECVERR set, the port unreachable answer to a datagram is queued: recvmsg(MSG_ERRQUEUE) returns it as ECONNREFUSED from ICMP",
	.source  = SC_SRC("man:udp(7)", "IP_RECVERR error queue: When the IP_RECVERR option is enabled, all errors are stored in the socket error queue, and can be received by recvmsg(2) with the MSG_ERRQUEUE flag set"),
	.kinds   = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "ee_errno",
};

static const struct opt {
	SC_VARIANT_HEAD;
	int level, opt;
} opts[] = {
	{ .name = "ip_recverr", .src = SC_SRC("man:udp(7)", "IP_RECVERR error queue: When the IP_RECVERR option is enabled, all errors are stored in the socket error queue, and can be received by recvmsg(2) with the MSG_ERRQUEUE flag set"),
	  .kinds = SC_INET | SC_MAPPED, .level = IPPROTO_IP, .opt = IP_RECVERR },
	{ .name = "ipv6_recverr", .src = SC_SRC("man:ipv6(7)", "IPV6_RECVERR: Control receiving of asynchronous error options. See IP_RECVERR in ip(7) for details. Argument is a pointer to boolean"),
	  .kinds = SC_INET6, .level = IPPROTO_IPV6, .opt = IPV6_RECVERR },
};
SC_VARIANTS(opts);

SC_TEST(udp_recverr_error_queue)
{
	const struct opt *V = P->variant;
	struct sockaddr_storage me, closed;
	socklen_t mlen, clen;
	const struct sock_extended_err *ee;
	struct sc_msg m;
	char buf[16] = "";
	long before;
	int fd;

	sc_icmp_netns();
	fd = sc_bound_socket(P, &me, &mlen);
	sc_closed_addr(P, &closed, &clen);
	sc_observe_int("default", sc_getopt_int(fd, V->level, V->opt));
	SC_SETOPT(fd, V->level, V->opt, 1);
	before = sc_icmp_unreach_in(P->kind);
	SC_REQUIRE(before >= 0, "no ICMP counters in /proc/net/snmp");
	SC_EXPECT_RET(sendto(fd, "probe", 5, 0, (struct sockaddr *)&closed, clen), 5);
	SC_WAIT_UNTIL(sc_icmp_unreach_in(P->kind) > before, SC_WAIT_MS,
		      "the port unreachable answer to arrive");
	SC_EXPECT_RET(sc_recv_msg(fd, buf, sizeof buf - 1, MSG_ERRQUEUE | MSG_DONTWAIT, &m).ret, 5);
	SC_EXPECT(!memcmp(buf, "probe", 5), "the queued error carries \"%s\", not the datagram sent", buf);
	ee = sc_cmsg_ee(&m);
	SC_EXPECT(ee != NULL, "no IP_RECVERR / IPV6_RECVERR control message with the error");
	sc_observe_str("ee_errno", sc_errname((int)ee->ee_errno));
	sc_observe_int("ee_origin", ee->ee_origin);
	SC_EXPECT_EQ(ee->ee_errno, ECONNREFUSED);
	SC_EXPECT(ee->ee_origin == SO_EE_ORIGIN_ICMP || ee->ee_origin == SO_EE_ORIGIN_ICMP6,
		  "ee_origin %d is not ICMP", ee->ee_origin);
}
