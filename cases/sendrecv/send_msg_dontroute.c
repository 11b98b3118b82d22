/* send(2) MSG_DONTROUTE: do not use a gateway, send only to hosts on
 * directly connected networks.  In a private network namespace with a veth
 * device on 10.77.0.0/24 and a route to 10.78.0.0/24 through the gateway
 * 10.77.0.2 (IPv6: fd77::/64, fd78::/64 through fd77::2): without the flag a
 * datagram to 10.78.0.1 is sent; with MSG_DONTROUTE it cannot be
 * (ENETUNREACH), while one to the on-link 10.77.0.2 still is. */
#include "sc.h"
#include "links.h"
#include "neighbours.h"
#include <linux/neighbour.h>

SC_CASE(send_msg_dontroute) = {
	.claim   = "with MSG_DONTROUTE a datagram to a host reachable only through a gateway is not sent (ENETUNREACH); one to an on-link host is",
	.source  = SC_SRC("man:send(2)", "MSG_DONTROUTE: Don't use a gateway to send out the packet, send to hosts only on directly connected networks."),
	.kinds   = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
	.needs   = "root",
};

SC_TEST(send_msg_dontroute)
{
	static const unsigned char mac[6] = { 2, 0, 0, 0, 0, 2 };
	int v6 = P->kind->domain == AF_INET6 && !(P->kind->caps & SC_MAPPED), ifx, fd;
	int fam = v6 ? AF_INET6 : AF_INET;
	const char *gw = v6 ? "fd77::2" : "10.77.0.2";
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r;

	sc_private_netns();
	ifx = sc_link_veth_up("sc0", "sc1");
	sc_link_addr(ifx, fam, v6 ? "fd77::1" : "10.77.0.1", v6 ? 64 : 24);
	sc_nb_neigh(ifx, fam, gw, mac, NUD_PERMANENT);
	sc_link_route(fam, v6 ? "fd78::" : "10.78.0.0", v6 ? 64 : 24, gw, ifx);
	fd = sc_kind_socket(P->kind);
	len = sc_ip_addr(P->kind, "10.78.0.1", "fd78::1", 9, &ss);
	SC_EXPECT_RET(sendto(fd, "x", 1, 0, (struct sockaddr *)&ss, len), 1);
	r = SC_CALL(sendto(fd, "x", 1, MSG_DONTROUTE, (struct sockaddr *)&ss, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	sc_expect_fail(SC_HERE, "sendto(MSG_DONTROUTE) beyond the gateway", r,
		       (const int[]){ ENETUNREACH, EHOSTUNREACH }, 2);
	len = sc_ip_addr(P->kind, "10.77.0.2", "fd77::2", 9, &ss);
	SC_EXPECT_RET(sendto(fd, "x", 1, MSG_DONTROUTE, (struct sockaddr *)&ss, len), 1);
}
