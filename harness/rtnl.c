/* rtnetlink requests for the item's private network namespace: one
 * request, one acknowledgement, the kernel's errno by name on failure. */
#include "rtnl.h"
#include <arpa/inet.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>

struct req {
	struct nlmsghdr h;
	char body[1024];
};

static struct rtattr *put(struct req *r, int type, const void *data, size_t len)
{
	struct rtattr *a = (struct rtattr *)((char *)r + NLMSG_ALIGN(r->h.nlmsg_len));

	if (NLMSG_ALIGN(r->h.nlmsg_len) + RTA_SPACE(len) > sizeof *r)
		sc_broken("rtnetlink request too long");
	a->rta_type = (unsigned short)type;
	a->rta_len = (unsigned short)RTA_LENGTH(len);
	if (len)
		memcpy(RTA_DATA(a), data, len);
	r->h.nlmsg_len = NLMSG_ALIGN(r->h.nlmsg_len) + RTA_SPACE(len);
	return a;
}

/* Close a nest opened by put(r, type, NULL, 0). */
static void end_nest(struct req *r, struct rtattr *nest)
{
	nest->rta_len = (unsigned short)((char *)r + r->h.nlmsg_len - (char *)nest);
}

static void *head(struct req *r, int type, size_t len)
{
	memset(r, 0, sizeof *r);
	r->h.nlmsg_type = (unsigned short)type;
	r->h.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	if (type == RTM_NEWLINK || type == RTM_NEWADDR || type == RTM_NEWROUTE)
		r->h.nlmsg_flags |= NLM_F_CREATE | NLM_F_EXCL;
	r->h.nlmsg_len = (unsigned)NLMSG_LENGTH(len);
	return NLMSG_DATA(&r->h);
}

/* Send the request; the kernel's answer as 0 or an errno. */
static int talk(struct req *r)
{
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	char buf[4096];
	int fd = sc_track(socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE)), err = EPROTO;
	ssize_t n;

	if (fd < 0)
		sc_broken("socket(AF_NETLINK, NETLINK_ROUTE) failed: %s", sc_errname(errno));
	r->h.nlmsg_seq = 1;
	if (sendto(fd, r, r->h.nlmsg_len, 0, (struct sockaddr *)&kernel, sizeof kernel) < 0)
		sc_broken("sending an rtnetlink request failed: %s", sc_errname(errno));
	n = recv(fd, buf, sizeof buf, 0);
	for (struct nlmsghdr *h = (struct nlmsghdr *)buf; n > 0 && NLMSG_OK(h, (unsigned)n);
	     h = NLMSG_NEXT(h, n))
		if (h->nlmsg_type == NLMSG_ERROR) {
			err = -((struct nlmsgerr *)NLMSG_DATA(h))->error;
			break;
		}
	sc_close(&fd);
	return err;
}

static void parse_cidr(const char *cidr, struct in_addr *a, int *len)
{
	char ip[32];
	const char *slash = strchr(cidr, '/');

	snprintf(ip, sizeof ip, "%.*s", slash ? (int)(slash - cidr) : (int)strlen(cidr), cidr);
	*len = slash ? atoi(slash + 1) : 32;
	if (inet_pton(AF_INET, ip, a) != 1)
		sc_broken("not an IPv4 address: %s", cidr);
}

int sc_ifindex(const char *name)
{
	int i = (int)if_nametoindex(name);

	if (!i)
		sc_broken("no interface %s: %s", name, sc_errname(errno));
	return i;
}

void sc_rtnl_veth(const char *name, const char *peer)
{
	struct req r;
	struct rtattr *info, *data, *pa;
	struct ifinfomsg *ifi = head(&r, RTM_NEWLINK, sizeof *ifi), pi = { .ifi_family = AF_UNSPEC };
	int err;

	ifi->ifi_family = AF_UNSPEC;
	put(&r, IFLA_IFNAME, name, strlen(name) + 1);
	info = put(&r, IFLA_LINKINFO, NULL, 0);
	put(&r, IFLA_INFO_KIND, "veth", 4);
	data = put(&r, IFLA_INFO_DATA, NULL, 0);
	pa = put(&r, VETH_INFO_PEER, &pi, sizeof pi);
	put(&r, IFLA_IFNAME, peer, strlen(peer) + 1);
	end_nest(&r, pa);
	end_nest(&r, data);
	end_nest(&r, info);
	err = talk(&r);
	if (err == EOPNOTSUPP || err == ENODEV)
		sc_unsupported("cannot make a veth pair: %s (no veth support in this kernel)", sc_errname(err));
	if (err)
		sc_broken("creating veth pair %s/%s failed: %s", name, peer, sc_errname(err));
}

int sc_rtnl_up(const char *name, int multicast, int mtu)
{
	struct ifreq ifr = { 0 };
	int fd = sc_track(socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));

	if (fd < 0)
		sc_broken("socket() failed: %s", sc_errname(errno));
	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", name);
	if (mtu > 0) {
		ifr.ifr_mtu = mtu;
		if (ioctl(fd, SIOCSIFMTU, &ifr) < 0)
			sc_broken("setting the MTU of %s to %d failed: %s", name, mtu, sc_errname(errno));
	}
	if (ioctl(fd, SIOCGIFFLAGS, &ifr) < 0)
		sc_broken("SIOCGIFFLAGS on %s failed: %s", name, sc_errname(errno));
	ifr.ifr_flags |= IFF_UP | (multicast ? IFF_MULTICAST : 0);
	if (ioctl(fd, SIOCSIFFLAGS, &ifr) < 0)
		sc_broken("bringing %s up failed: %s", name, sc_errname(errno));
	sc_close(&fd);
	return sc_ifindex(name);
}

void sc_rtnl_addr(const char *name, const char *cidr, int add)
{
	struct req r;
	struct ifaddrmsg *ifa = head(&r, add ? RTM_NEWADDR : RTM_DELADDR, sizeof *ifa);
	struct in_addr a;
	int len, err;

	parse_cidr(cidr, &a, &len);
	ifa->ifa_family = AF_INET;
	ifa->ifa_prefixlen = (unsigned char)len;
	ifa->ifa_index = (unsigned)sc_ifindex(name);
	put(&r, IFA_LOCAL, &a, sizeof a);
	put(&r, IFA_ADDRESS, &a, sizeof a);
	err = talk(&r);
	if (err)
		sc_broken("%s address %s on %s failed: %s", add ? "adding" : "deleting", cidr, name,
			  sc_errname(err));
}

void sc_rtnl_route(const char *cidr, int type, const char *dev)
{
	struct req r;
	struct rtmsg *rt = head(&r, RTM_NEWROUTE, sizeof *rt);
	struct in_addr a;
	int len, err;

	parse_cidr(cidr, &a, &len);
	rt->rtm_family = AF_INET;
	rt->rtm_dst_len = (unsigned char)len;
	rt->rtm_table = RT_TABLE_MAIN;
	rt->rtm_protocol = RTPROT_BOOT;
	rt->rtm_type = (unsigned char)type;
	rt->rtm_scope = dev && type == RTN_UNICAST ? RT_SCOPE_LINK : RT_SCOPE_UNIVERSE;
	put(&r, RTA_DST, &a, sizeof a);
	if (dev) {
		int oif = sc_ifindex(dev);

		put(&r, RTA_OIF, &oif, sizeof oif);
	}
	err = talk(&r);
	if (err == EOPNOTSUPP)
		sc_unsupported("route %s of type %d: %s: not supported by this kernel", cidr, type,
			       sc_errname(err));
	if (err)
		sc_broken("adding route %s failed: %s", cidr, sc_errname(err));
}
