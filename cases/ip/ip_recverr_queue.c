/* ip(7): IP_RECVERR (off by default) queues a datagram socket's errors:
 * recvmsg(MSG_ERRQUEUE) returns the payload of the packet that caused
 * the error and an IPPROTO_IP / IP_RECVERR message holding a
 * sock_extended_err.  An ICMP port unreachable gives SO_EE_ORIGIN_ICMP,
 * the ICMP type and code and the offender's sockaddr_in; a datagram over
 * the MTU with IP_PMTUDISC_DO gives SO_EE_ORIGIN_LOCAL, EMSGSIZE and the
 * MTU in ee_info.  Without the option an unconnected socket queues
 * nothing. */
#include "sc.h"
#include "cmsg.h"
#include "ip4.h"
#include "links.h"
#include <linux/errqueue.h>
#include <netinet/ip_icmp.h>
#include <stdio.h>

SC_CASE(ip_recverr_queue) = {
	.claim   = "with IP_RECVERR an ICMP error or a local EMSGSIZE is queued as a sock_extended_err read with MSG_ERRQUEUE; without it nothing is queued",
	.source  = SC_SRC("man:ip(7)", "IP_RECVERR: When enabled on a datagram socket, all generated errors will be queued in a per-socket error queue. ... The sock_extended_err structure describing the error will be passed in an ancillary message with the type IP_RECVERR and the level IPPROTO_IP."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.require = SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "ee",
};

enum { ICMP_ERROR, LOCAL_ERROR, OFF };
static const struct source {
	SC_VARIANT_HEAD;
	int which;
} sources[] = {
	{ .name = "icmp", .which = ICMP_ERROR,
	  .src = SC_SRC("man:ip(7)", "IP_RECVERR: ee_origin is set to SO_EE_ORIGIN_ICMP for errors received as an ICMP packet ... ee_type and ee_code are set from the type and code fields of the ICMP header.") },
	{ .name = "local", .which = LOCAL_ERROR,
	  .src = SC_SRC("man:ip(7)", "IP_RECVERR: or SO_EE_ORIGIN_LOCAL for locally generated errors ... ee_info contains the discovered MTU for EMSGSIZE errors.") },
	{ .name = "off", .which = OFF,
	  .src = SC_SRC("man:ip(7)", "IP_RECVERR: It sets or retrieves an integer boolean flag. IP_RECVERR defaults to off.") },
};
SC_VARIANTS(sources);

#define MTU 1400

SC_TEST(ip_recverr_queue)
{
	const struct source *V = P->variant;
	int fd, closed, n = V->which == LOCAL_ERROR ? MTU + 100 : 16;
	static char payload[MTU + 100];
	const struct sock_extended_err *ee;
	struct sc_msg m;
	char rbuf[2048];
	char text[160], who[64];

	sc_private_netns();
	if (V->which == LOCAL_ERROR)
		sc_link_set_mtu("lo", MTU);
	fd = sc_ip4_bound(P->kind, "127.0.0.1", 0);
	closed = sc_ip4_bound(P->kind, "127.0.0.1", 0);
	{
		int port = sc_port(closed);

		sc_close(&closed);
		closed = port;
	}
	if (V->which == OFF) {
		long v = sc_getopt_int(fd, IPPROTO_IP, IP_RECVERR);

		sc_observe_int("default", v);
		SC_EXPECT_EQ(v, 0);
	} else {
		SC_SETOPT(fd, IPPROTO_IP, IP_RECVERR, 1);
	}
	if (V->which == LOCAL_ERROR)
		SC_SETOPT(fd, IPPROTO_IP, IP_MTU_DISCOVER, IP_PMTUDISC_DO);
	memset(payload, 'e', sizeof payload);
	{
		struct sockaddr_storage to;
		socklen_t tolen = sc_ip4_addr(P->kind, "127.0.0.1", closed, &to);
		struct sc_res r = SC_CALL(sendto(fd, payload, (size_t)n, 0, (struct sockaddr *)&to, tolen));

		if (V->which == LOCAL_ERROR)
			SC_EXPECT_ERRNO_RES("sendto() of a datagram over the MTU with IP_PMTUDISC_DO", r, EMSGSIZE);
		else
			SC_REQUIRE(r.ret == n, "sendto() to a closed port failed: %s", sc_errname(r.err));
	}
	/* The port unreachable has been handled once this namespace counts it. */
	if (V->which != LOCAL_ERROR)
		SC_WAIT_UNTIL(sc_net_counter("snmp", "Icmp", "InDestUnreachs") >= 1, SC_WAIT_MS,
			      "the ICMP port unreachable to be received");
	sc_recv_msg(fd, rbuf, sizeof rbuf, MSG_ERRQUEUE | MSG_DONTWAIT, &m);
	if (V->which == OFF) {
		sc_observe_str("ee", m.ret < 0 ? sc_errname(m.err) : "queued");
		SC_EXPECT_ERRNO_RES("recvmsg(MSG_ERRQUEUE) without IP_RECVERR",
				    ((struct sc_res){ m.ret, m.err }), EAGAIN);
		return;
	}
	SC_EXPECT(m.ret >= 0, "recvmsg(MSG_ERRQUEUE) found no queued error: %s", sc_errname(m.err));
	sc_observe_int("payload_len", m.ret);
	ee = sc_cmsg(&m, IPPROTO_IP, IP_RECVERR, NULL);
	if (!ee && sc_cmsg(&m, IPPROTO_IPV6, IPV6_RECVERR, NULL))
		sc_observe_str("cmsg", "IPPROTO_IPV6/IPV6_RECVERR");
	SC_EXPECT(ee != NULL, "no IPPROTO_IP / IP_RECVERR control message with the queued error");
	snprintf(text, sizeof text, "%s origin %u type %u code %u info %u",
		 sc_errname((int)ee->ee_errno), ee->ee_origin, ee->ee_type, ee->ee_code, ee->ee_info);
	sc_observe_str("ee", text);
	if (V->which == ICMP_ERROR) {
		const struct sockaddr_in *off = (const struct sockaddr_in *)SO_EE_OFFENDER(ee);

		sc_observe_str("offender", sc_ip4_str((const struct sockaddr_storage *)off, who));
		SC_EXPECT_EQ(m.ret, n);
		SC_EXPECT_EQ(ee->ee_errno, ECONNREFUSED);
		SC_EXPECT_EQ(ee->ee_origin, SO_EE_ORIGIN_ICMP);
		SC_EXPECT_EQ(ee->ee_type, ICMP_DEST_UNREACH);
		SC_EXPECT_EQ(ee->ee_code, ICMP_PORT_UNREACH);
		SC_EXPECT_EQ(off->sin_family, AF_INET);
		SC_EXPECT(!strcmp(who, "127.0.0.1"), "the offender is %s, not 127.0.0.1", who);
	} else {
		SC_EXPECT_EQ(ee->ee_errno, EMSGSIZE);
		SC_EXPECT_EQ(ee->ee_origin, SO_EE_ORIGIN_LOCAL);
		SC_EXPECT_EQ(ee->ee_info, MTU);
	}
}
