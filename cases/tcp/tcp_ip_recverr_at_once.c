/* tcp(7) Error handling: with IP_RECVERR set, every incoming error is
 * passed to the program at once; without it, an error such as an ICMP
 * port-unreachable on an established connection is only kept until the
 * connection times out.  In a private network namespace, an ICMP error
 * about the connection is delivered (the namespace's ICMP counter moves):
 * with IP_RECVERR (IPV6_RECVERR on IPv6) the socket polls POLLERR and the
 * next recv() fails with ECONNREFUSED at once; without it neither.  (SO_ERROR
 * would not tell: it also hands out the error kept for the timeout.) */
#include "sc.h"
#include "icmperr.h"
#include "optclaim.h"

SC_CASE(tcp_ip_recverr_at_once) = {
	.claim   = "with IP_RECVERR an ICMP error on an established connection is reported at once (POLLERR, the next call fails); without it, it is not",
	.source  = SC_SRC("man:tcp(7)", "IP_RECVERR errors at once: When this option is enabled, all incoming errors are immediately passed to the user program."),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "recv",
	.needs   = "root",
};

static const struct mode {
	SC_VARIANT_HEAD;
	int recverr;
} modes[] = {
	{ .name = "recverr", .recverr = 1 },
	{ .name = "default", .recverr = 0 },
};
SC_VARIANTS(modes);

static long unreachables(const struct sc_kind *k)
{
	if (k->domain == AF_INET6 && !(k->caps & SC_MAPPED))
		return sc_net_counter("snmp6", "Icmp6", "InDestUnreachs");
	return sc_net_counter("snmp", "Icmp", "InDestUnreachs");
}

SC_TEST(tcp_ip_recverr_at_once)
{
	const struct mode *V = P->variant;
	struct sc_res r;
	short ev;
	long before;
	char c;

	sc_private_netns();
	sc_make_pair(P);
	if (V->recverr && P->kind->domain == AF_INET6 && !(P->kind->caps & SC_MAPPED))
		SC_CLAIM_OPT(P->a, IPPROTO_IPV6, IPV6_RECVERR, 1);
	else if (V->recverr)
		SC_CLAIM_OPT(P->a, IPPROTO_IP, IP_RECVERR, 1);
	before = unreachables(P->kind);
	sc_icmp_port_unreach(P->a, sc_tcp_send_seq(P->a));
	SC_WAIT_UNTIL(unreachables(P->kind) > before, SC_WAIT_MS, "the ICMP error to be received");
	ev = sc_poll(P->a, POLLIN, 0);
	r = SC_CALL(recv(P->a, &c, 1, MSG_DONTWAIT));
	sc_observe_int("pollerr", !!(ev & POLLERR));
	sc_observe_str("recv", r.ret < 0 ? sc_errname(r.err) : "data");
	SC_EXPECT_EQ(!!(ev & POLLERR), V->recverr);
	if (V->recverr)
		sc_expect_fail(SC_HERE, "recv() after the ICMP error", r, (const int[]){ ECONNREFUSED }, 1);
	else
		sc_expect_fail(SC_HERE, "recv() after the ICMP error", r, (const int[]){ EAGAIN }, 1);
}
