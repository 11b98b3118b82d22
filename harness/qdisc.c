/* See qdisc.h: rtnetlink RTM_NEWQDISC of a tbf on lo (rtnl.c). */
#include "qdisc.h"
#include "links.h"
#include "rtnl.h"
#include <linux/pkt_sched.h>

/* One tbf request on lo's root: RTM_NEWQDISC with its options, or
 * RTM_DELQDISC; the kernel's answer (0 or an errno). */
static int tbf_request(int type, unsigned burst)
{
	struct sc_rtnl_req r;
	struct tcmsg *tc = sc_rtnl_start(&r, type, type == RTM_NEWQDISC ? NLM_F_CREATE | NLM_F_EXCL : 0,
					 sizeof *tc);

	tc->tcm_family = AF_UNSPEC;
	tc->tcm_ifindex = sc_link_index("lo");
	tc->tcm_handle = 0x10000;
	tc->tcm_parent = TC_H_ROOT;
	sc_rtnl_attr(&r, TCA_KIND, "tbf", 4);
	if (type == RTM_NEWQDISC) {
		struct rtattr *opts = sc_rtnl_attr(&r, TCA_OPTIONS | NLA_F_NESTED, NULL, 0);
		struct tc_tbf_qopt q = { 0 };

		q.rate.rate = 1;                /* bytes per second */
		q.limit = 1 << 20;              /* bytes the bucket may hold queued */
		q.mtu = 1280;
		sc_rtnl_attr(&r, TCA_TBF_PARMS, &q, sizeof q);
		sc_rtnl_attr(&r, TCA_TBF_BURST, &burst, sizeof burst);
		sc_rtnl_nest_end(&r, opts);
	}
	return sc_rtnl_talk(&r);
}

/* Packets held in the bucket belong to their sockets, and the kernel's
 * own replies (resets, TIME-WAIT acks) to a per-CPU control socket shared
 * by every namespace: left queued after the item, they would hold that
 * socket's send budget and stop replies everywhere.  So the bucket goes
 * before the sockets close. */
static void lo_unthrottle(void)
{
	tbf_request(RTM_DELQDISC, 0);
}

void sc_lo_throttle(unsigned burst)
{
	int err;

	sc_link_set_mtu("lo", 1280);
	err = tbf_request(RTM_NEWQDISC, burst);
	if (err == ENOENT || err == EOPNOTSUPP)
		sc_unsupported("no tbf queueing discipline in this kernel: %s", sc_errname(err));
	if (err)
		sc_broken("adding a tbf qdisc to lo failed: %s", sc_errname(err));
	sc_at_teardown(lo_unthrottle);
}
