/* Neighbour entries through rtnetlink (rtnl.c): see neighbours.h. */
#include "neighbours.h"
#include "rtnl.h"
#include <linux/neighbour.h>

void sc_nb_neigh(int ifindex, int family, const char *ip, const unsigned char mac[6], int state)
{
	struct sc_rtnl_req r;
	struct ndmsg *nd = sc_rtnl_start(&r, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE, sizeof *nd);
	unsigned char a[16];
	size_t n = sc_rtnl_addr_bytes(family, ip, a);
	int err;

	nd->ndm_family = (unsigned char)family;
	nd->ndm_ifindex = ifindex;
	nd->ndm_state = (unsigned short)state;
	sc_rtnl_attr(&r, NDA_DST, a, n);
	sc_rtnl_attr(&r, NDA_LLADDR, mac, 6);
	err = sc_rtnl_talk(&r);
	if (err)
		sc_broken("adding the neighbour %s failed: %s", ip, sc_errname(err));
}

struct wanted {
	int ifindex;
	unsigned char ip[16];
	size_t len;
	long confirmed;
};

static void match(const struct nlmsghdr *h, void *arg)
{
	struct wanted *w = arg;
	const struct ndmsg *m = NLMSG_DATA(h);
	int len = (int)h->nlmsg_len - (int)NLMSG_LENGTH(sizeof *m), is = 0;
	struct nda_cacheinfo ci;
	int has_ci = 0;

	if (h->nlmsg_type != RTM_NEWNEIGH || m->ndm_ifindex != w->ifindex)
		return;
	for (const struct rtattr *a = (const struct rtattr *)((const char *)m + NLMSG_ALIGN(sizeof *m));
	     RTA_OK(a, len); a = RTA_NEXT(a, len)) {
		if (a->rta_type == NDA_DST && !memcmp(RTA_DATA(a), w->ip, w->len))
			is = 1;
		if (a->rta_type == NDA_CACHEINFO) {
			memcpy(&ci, RTA_DATA(a), sizeof ci);
			has_ci = 1;
		}
	}
	if (is && has_ci)
		w->confirmed = ci.ndm_confirmed;
}

long sc_nb_neigh_confirmed(int ifindex, int family, const char *ip)
{
	struct sc_rtnl_req r;
	struct ndmsg *nd = sc_rtnl_start(&r, RTM_GETNEIGH, NLM_F_DUMP, sizeof *nd);
	struct wanted w = { .ifindex = ifindex, .confirmed = -1 };
	int err;

	w.len = sc_rtnl_addr_bytes(family, ip, w.ip);
	nd->ndm_family = (unsigned char)family;
	err = sc_rtnl_dump(&r, match, &w);
	if (err)
		sc_broken("dumping the neighbour table failed: %s", sc_errname(err));
	return w.confirmed;
}
