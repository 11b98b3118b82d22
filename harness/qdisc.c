/* See qdisc.h: rtnetlink RTM_NEWQDISC of a tbf on lo. */
#include "internal.h"
#include "qdisc.h"
#include <linux/netlink.h>
#include <linux/pkt_sched.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <stdio.h>
#include <sys/ioctl.h>

#define TSIZE 512

static struct nlattr *put(char *buf, size_t *off, int type, const void *data, size_t len)
{
	struct nlattr *a = (struct nlattr *)(buf + *off);

	a->nla_type = (unsigned short)type;
	a->nla_len = (unsigned short)(NLA_HDRLEN + len);
	if (len)
		memcpy((char *)a + NLA_HDRLEN, data, len);
	*off += NLA_ALIGN(a->nla_len);
	return a;
}

static void lo_mtu(int mtu)
{
	struct ifreq ifr = { 0 };
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);

	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "lo");
	ifr.ifr_mtu = mtu;
	if (fd < 0 || ioctl(fd, SIOCSIFMTU, &ifr) < 0)
		sc_broken("setting lo's MTU to %d failed: %s", mtu, sc_errname(errno));
	close(fd);
}

/* One tbf request on lo's root: RTM_NEWQDISC with its options, or
 * RTM_DELQDISC; the kernel's answer (0 or an errno). */
static int tbf_request(int type, unsigned burst)
{
	static char buf[TSIZE];
	struct nlmsghdr *n = (struct nlmsghdr *)buf;
	struct tcmsg *tc;
	struct tc_tbf_qopt q = { 0 };
	struct nlattr *opts;
	struct sockaddr_nl to = { .nl_family = AF_NETLINK };
	size_t off;
	int fd;
	char ans[1024];
	ssize_t got;

	memset(buf, 0, sizeof buf);
	n->nlmsg_type = (unsigned short)type;
	n->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	if (type == RTM_NEWQDISC)
		n->nlmsg_flags |= NLM_F_CREATE | NLM_F_EXCL;
	n->nlmsg_seq = 1;
	tc = NLMSG_DATA(n);
	tc->tcm_family = AF_UNSPEC;
	tc->tcm_ifindex = (int)if_nametoindex("lo");
	tc->tcm_handle = 0x10000;
	tc->tcm_parent = TC_H_ROOT;
	off = NLMSG_LENGTH(sizeof *tc);
	put(buf, &off, TCA_KIND, "tbf", 4);
	if (type == RTM_NEWQDISC) {
		opts = put(buf, &off, TCA_OPTIONS | NLA_F_NESTED, NULL, 0);
		q.rate.rate = 1;                /* bytes per second */
		q.limit = 1 << 20;              /* bytes the bucket may hold queued */
		q.mtu = 1280;
		put(buf, &off, TCA_TBF_PARMS, &q, sizeof q);
		put(buf, &off, TCA_TBF_BURST, &burst, sizeof burst);
		opts->nla_len = (unsigned short)(buf + off - (char *)opts);
	}
	n->nlmsg_len = (unsigned)off;

	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	if (fd < 0)
		return errno;
	if (sendto(fd, buf, off, 0, (struct sockaddr *)&to, sizeof to) < 0) {
		close(fd);
		return errno;
	}
	got = recv(fd, ans, sizeof ans, 0);
	close(fd);
	if (got < (ssize_t)NLMSG_LENGTH(sizeof(struct nlmsgerr)))
		return EPROTO;
	return -((struct nlmsgerr *)NLMSG_DATA((struct nlmsghdr *)ans))->error;
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

	lo_mtu(1280);
	err = tbf_request(RTM_NEWQDISC, burst);
	if (err == ENOENT || err == EOPNOTSUPP)
		sc_unsupported("no tbf queueing discipline in this kernel: %s", sc_errname(err));
	if (err)
		sc_broken("adding a tbf qdisc to lo failed: %s", sc_errname(err));
	sc_at_teardown(lo_unthrottle);
}
