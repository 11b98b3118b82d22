/* A small route-netlink client: one request at a time, each acknowledged. */
#include "internal.h"
#include "neighbours.h"
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <net/if.h>

struct req {
	struct nlmsghdr nh;
	char body[1024];
};

static int addr_len(int family)
{
	return family == AF_INET6 ? 16 : 4;
}

static struct rtattr *put(struct req *r, int type, const void *data, int len)
{
	struct rtattr *a = (struct rtattr *)((char *)r + NLMSG_ALIGN(r->nh.nlmsg_len));

	if (NLMSG_ALIGN(r->nh.nlmsg_len) + RTA_SPACE(len) > sizeof *r)
		sc_broken("netlink request too long");
	a->rta_type = (unsigned short)type;
	a->rta_len = (unsigned short)RTA_LENGTH(len);
	if (len)
		memcpy(RTA_DATA(a), data, (size_t)len);
	r->nh.nlmsg_len = NLMSG_ALIGN(r->nh.nlmsg_len) + RTA_SPACE(len);
	return a;
}

static void end_nest(struct req *r, struct rtattr *nest)
{
	nest->rta_len = (unsigned short)((char *)r + r->nh.nlmsg_len - (char *)nest);
}

static int rtnl_socket(void)
{
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);

	if (fd < 0)
		sc_broken("netlink socket failed: %s", sc_errname(errno));
	return fd;
}

/* Send the request and wait for its acknowledgement; 0 or -errno. */
static int talk(struct req *r)
{
	char buf[8192];
	int fd = rtnl_socket(), err = -EIO;
	ssize_t n;

	r->nh.nlmsg_flags |= NLM_F_REQUEST | NLM_F_ACK;
	if (send(fd, r, r->nh.nlmsg_len, 0) < 0) {
		err = -errno;
		close(fd);
		return err;
	}
	while ((n = recv(fd, buf, sizeof buf, 0)) > 0) {
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (unsigned)n); h = NLMSG_NEXT(h, n))
			if (h->nlmsg_type == NLMSG_ERROR) {
				err = ((struct nlmsgerr *)NLMSG_DATA(h))->error;
				close(fd);
				return err;
			}
	}
	close(fd);
	return err;
}

static void request(struct req *r, const char *what)
{
	int err = talk(r);

	if (err)
		sc_broken("netlink: %s failed: %s", what, sc_errname(-err));
}

static void link_up(int ifindex)
{
	struct req r = { .nh = { .nlmsg_len = NLMSG_LENGTH(sizeof(struct ifinfomsg)), .nlmsg_type = RTM_NEWLINK } };
	struct ifinfomsg *ifi = NLMSG_DATA(&r.nh);

	ifi->ifi_index = ifindex;
	ifi->ifi_flags = IFF_UP;
	ifi->ifi_change = IFF_UP;
	request(&r, "setting a link up");
}

int sc_nb_veth(const char *a, const char *b)
{
	struct req r = { .nh = { .nlmsg_len = NLMSG_LENGTH(sizeof(struct ifinfomsg)), .nlmsg_type = RTM_NEWLINK,
				 .nlmsg_flags = NLM_F_CREATE | NLM_F_EXCL } };
	struct rtattr *info, *data, *peer;
	struct ifinfomsg pi = { 0 };
	int err;

	put(&r, IFLA_IFNAME, a, (int)strlen(a) + 1);
	info = put(&r, IFLA_LINKINFO, NULL, 0);
	put(&r, IFLA_INFO_KIND, "veth", 4);
	data = put(&r, IFLA_INFO_DATA, NULL, 0);
	peer = put(&r, VETH_INFO_PEER, &pi, sizeof pi);
	put(&r, IFLA_IFNAME, b, (int)strlen(b) + 1);
	end_nest(&r, peer);
	end_nest(&r, data);
	end_nest(&r, info);
	err = talk(&r);
	if (err == -EOPNOTSUPP || err == -ENODEV || err == -EAFNOSUPPORT)
		sc_unsupported("no veth devices on this kernel: %s", sc_errname(-err));
	if (err)
		sc_broken("netlink: creating a veth pair failed: %s", sc_errname(-err));
	link_up((int)if_nametoindex(b));
	link_up((int)if_nametoindex(a));
	return (int)if_nametoindex(a);
}

void sc_nb_addr(int ifindex, int family, const void *addr, int prefix)
{
	struct req r = { .nh = { .nlmsg_len = NLMSG_LENGTH(sizeof(struct ifaddrmsg)), .nlmsg_type = RTM_NEWADDR,
				 .nlmsg_flags = NLM_F_CREATE | NLM_F_EXCL } };
	struct ifaddrmsg *ifa = NLMSG_DATA(&r.nh);

	ifa->ifa_family = (unsigned char)family;
	ifa->ifa_prefixlen = (unsigned char)prefix;
	ifa->ifa_index = (unsigned)ifindex;
	ifa->ifa_flags = family == AF_INET6 ? IFA_F_NODAD : 0;
	put(&r, IFA_LOCAL, addr, addr_len(family));
	put(&r, IFA_ADDRESS, addr, addr_len(family));
	request(&r, "adding an address");
}

void sc_nb_route_via(int family, const void *dst, int prefix, const void *gw, int ifindex)
{
	struct req r = { .nh = { .nlmsg_len = NLMSG_LENGTH(sizeof(struct rtmsg)), .nlmsg_type = RTM_NEWROUTE,
				 .nlmsg_flags = NLM_F_CREATE | NLM_F_EXCL } };
	struct rtmsg *rt = NLMSG_DATA(&r.nh);

	rt->rtm_family = (unsigned char)family;
	rt->rtm_dst_len = (unsigned char)prefix;
	rt->rtm_table = RT_TABLE_MAIN;
	rt->rtm_protocol = RTPROT_STATIC;
	rt->rtm_scope = RT_SCOPE_UNIVERSE;
	rt->rtm_type = RTN_UNICAST;
	put(&r, RTA_DST, dst, addr_len(family));
	put(&r, RTA_GATEWAY, gw, addr_len(family));
	put(&r, RTA_OIF, &ifindex, sizeof ifindex);
	request(&r, "adding a route");
}

void sc_nb_neigh(int ifindex, int family, const void *ip, const unsigned char mac[6], int state)
{
	struct req r = { .nh = { .nlmsg_len = NLMSG_LENGTH(sizeof(struct ndmsg)), .nlmsg_type = RTM_NEWNEIGH,
				 .nlmsg_flags = NLM_F_CREATE | NLM_F_REPLACE } };
	struct ndmsg *nd = NLMSG_DATA(&r.nh);

	nd->ndm_family = (unsigned char)family;
	nd->ndm_ifindex = ifindex;
	nd->ndm_state = (unsigned short)state;
	put(&r, NDA_DST, ip, addr_len(family));
	put(&r, NDA_LLADDR, mac, 6);
	request(&r, "adding a neighbour");
}

long sc_nb_neigh_confirmed(int ifindex, int family, const void *ip)
{
	struct req r = { .nh = { .nlmsg_len = NLMSG_LENGTH(sizeof(struct ndmsg)), .nlmsg_type = RTM_GETNEIGH,
				 .nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP } };
	struct ndmsg *nd = NLMSG_DATA(&r.nh);
	char buf[16384];
	long found = -1;
	int fd = rtnl_socket(), done = 0;
	ssize_t n;

	nd->ndm_family = (unsigned char)family;
	if (send(fd, &r, r.nh.nlmsg_len, 0) < 0) {
		close(fd);
		sc_broken("netlink: neighbour dump failed: %s", sc_errname(errno));
	}
	while (!done && (n = recv(fd, buf, sizeof buf, 0)) > 0)
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (unsigned)n); h = NLMSG_NEXT(h, n)) {
			struct ndmsg *m = NLMSG_DATA(h);
			int len = (int)h->nlmsg_len - (int)NLMSG_LENGTH(sizeof *m), match = 0;
			struct nda_cacheinfo ci = { 0 };
			int has_ci = 0;

			if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
				done = 1;
				break;
			}
			if (h->nlmsg_type != RTM_NEWNEIGH || m->ndm_ifindex != ifindex)
				continue;
			for (struct rtattr *a = (struct rtattr *)((char *)m + NLMSG_ALIGN(sizeof *m));
			     RTA_OK(a, len); a = RTA_NEXT(a, len)) {
				if (a->rta_type == NDA_DST && !memcmp(RTA_DATA(a), ip, (size_t)addr_len(family)))
					match = 1;
				if (a->rta_type == NDA_CACHEINFO) {
					memcpy(&ci, RTA_DATA(a), sizeof ci);
					has_ci = 1;
				}
			}
			if (match && has_ci)
				found = ci.ndm_confirmed;
		}
	close(fd);
	return found;
}
