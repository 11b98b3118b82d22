/* Devices, addresses and routes of a private network namespace through
 * rtnetlink: one request per call, each acknowledged by the kernel. */
#include "links.h"
#include <arpa/inet.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <net/if.h>
#include <stdio.h>
#include <sys/ioctl.h>

struct req {
	struct nlmsghdr h;
	char body[1024];
};

static void *tail(struct req *r)
{
	return (char *)&r->h + NLMSG_ALIGN(r->h.nlmsg_len);
}

static void put(struct req *r, const void *data, size_t len)
{
	memcpy(tail(r), data, len);
	r->h.nlmsg_len = NLMSG_ALIGN(r->h.nlmsg_len) + (unsigned)len;
}

static struct rtattr *attr(struct req *r, int type, const void *data, size_t len)
{
	struct rtattr *a = tail(r);

	a->rta_type = (unsigned short)type;
	a->rta_len = (unsigned short)RTA_LENGTH(len);
	if (len)
		memcpy(RTA_DATA(a), data, len);
	r->h.nlmsg_len = NLMSG_ALIGN(r->h.nlmsg_len) + RTA_ALIGN(a->rta_len);
	return a;
}

/* A nested attribute ends where the message now ends. */
static void nest_end(struct req *r, struct rtattr *a)
{
	a->rta_len = (unsigned short)((char *)tail(r) - (char *)a);
}

static void start(struct req *r, int type, int flags)
{
	memset(r, 0, sizeof *r);
	r->h.nlmsg_len = NLMSG_HDRLEN;
	r->h.nlmsg_type = (unsigned short)type;
	r->h.nlmsg_flags = (unsigned short)(NLM_F_REQUEST | NLM_F_ACK | flags);
	r->h.nlmsg_seq = 1;
}

/* Send the request and return the kernel's answer: 0 or -errno. */
static int talk(struct req *r)
{
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	char buf[4096];
	int fd = sc_track(socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE)), err = 0;
	ssize_t n;

	if (fd < 0)
		sc_broken("socket(AF_NETLINK, NETLINK_ROUTE) failed: %s", sc_errname(errno));
	if (sendto(fd, &r->h, r->h.nlmsg_len, 0, (struct sockaddr *)&kernel, sizeof kernel) < 0)
		sc_broken("rtnetlink sendto failed: %s", sc_errname(errno));
	/* The acknowledgement comes at once: the request is handled in the
	 * sendto() call itself. */
	n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
	if (n < (ssize_t)NLMSG_HDRLEN)
		sc_broken("no rtnetlink acknowledgement: %s", n < 0 ? sc_errname(errno) : "short");
	for (struct nlmsghdr *h = (void *)buf; NLMSG_OK(h, (unsigned)n); h = NLMSG_NEXT(h, n))
		if (h->nlmsg_type == NLMSG_ERROR) {
			err = ((struct nlmsgerr *)NLMSG_DATA(h))->error;
			break;
		}
	sc_close(&fd);
	return err;
}

int sc_link_index(const char *name)
{
	return (int)if_nametoindex(name);
}

static void ifreq_call(const char *name, unsigned long op, struct ifreq *ifr, const char *what)
{
	int fd = sc_track(socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));

	snprintf(ifr->ifr_name, sizeof ifr->ifr_name, "%s", name);
	if (fd < 0 || ioctl(fd, op, ifr) < 0)
		sc_broken("%s on %s failed: %s", what, name, sc_errname(errno));
	sc_close(&fd);
}

void sc_link_set_flags(const char *name, int flags)
{
	struct ifreq ifr = { 0 };

	ifreq_call(name, SIOCGIFFLAGS, &ifr, "SIOCGIFFLAGS");
	ifr.ifr_flags = (short)(ifr.ifr_flags | flags);
	ifreq_call(name, SIOCSIFFLAGS, &ifr, "SIOCSIFFLAGS");
}

int sc_link_set_mtu(const char *name, int mtu)
{
	struct ifreq ifr = { 0 };

	ifr.ifr_mtu = mtu;
	ifreq_call(name, SIOCSIFMTU, &ifr, "SIOCSIFMTU");
	memset(&ifr, 0, sizeof ifr);
	ifreq_call(name, SIOCGIFMTU, &ifr, "SIOCGIFMTU");
	return ifr.ifr_mtu;
}

void sc_link_veth(const char *name, const char *peer)
{
	struct req r;
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC };
	struct rtattr *info, *data, *p;
	int err;

	start(&r, RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
	put(&r, &ifi, sizeof ifi);
	attr(&r, IFLA_IFNAME, name, strlen(name) + 1);
	info = attr(&r, IFLA_LINKINFO, NULL, 0);
	attr(&r, IFLA_INFO_KIND, "veth", 5);
	data = attr(&r, IFLA_INFO_DATA, NULL, 0);
	p = attr(&r, VETH_INFO_PEER, NULL, 0);
	put(&r, &ifi, sizeof ifi);
	attr(&r, IFLA_IFNAME, peer, strlen(peer) + 1);
	nest_end(&r, p);
	nest_end(&r, data);
	nest_end(&r, info);
	err = talk(&r);
	if (err == -EOPNOTSUPP || err == -ENODEV)
		sc_unsupported("creating a veth pair: %s: this kernel has no veth devices",
			       sc_errname(-err));
	if (err)
		sc_broken("creating the veth pair %s/%s failed: %s", name, peer, sc_errname(-err));
}

static size_t addr_bytes(int family, const char *text, unsigned char *out)
{
	if (inet_pton(family, text, out) != 1)
		sc_broken("bad address \"%s\"", text);
	return family == AF_INET6 ? 16 : 4;
}

void sc_link_addr(int ifindex, int family, const char *addr, int prefixlen)
{
	struct req r;
	struct ifaddrmsg ifa = { .ifa_family = (unsigned char)family,
				 .ifa_prefixlen = (unsigned char)prefixlen,
				 .ifa_index = (unsigned)ifindex };
	unsigned char a[16];
	size_t n = addr_bytes(family, addr, a);
	unsigned flags = IFA_F_NODAD;
	int err;

	if (family == AF_INET6)
		ifa.ifa_flags = IFA_F_NODAD;
	start(&r, RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL);
	put(&r, &ifa, sizeof ifa);
	attr(&r, IFA_LOCAL, a, n);
	attr(&r, IFA_ADDRESS, a, n);
	if (family == AF_INET6)
		attr(&r, IFA_FLAGS, &flags, sizeof flags);
	err = talk(&r);
	if (err)
		sc_broken("adding %s/%d to interface %d failed: %s", addr, prefixlen, ifindex,
			  sc_errname(-err));
}

void sc_link_route(int family, const char *dst, int prefixlen, const char *gw, int ifindex)
{
	struct req r;
	struct rtmsg rt = { .rtm_family = (unsigned char)family,
			    .rtm_dst_len = (unsigned char)prefixlen,
			    .rtm_table = RT_TABLE_MAIN,
			    .rtm_protocol = RTPROT_STATIC,
			    .rtm_scope = gw ? RT_SCOPE_UNIVERSE : RT_SCOPE_LINK,
			    .rtm_type = RTN_UNICAST };
	unsigned char a[16];
	size_t n = addr_bytes(family, dst, a);
	int err;

	if (family == AF_INET6)
		rt.rtm_scope = RT_SCOPE_UNIVERSE;
	start(&r, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL);
	put(&r, &rt, sizeof rt);
	attr(&r, RTA_DST, a, n);
	if (gw) {
		n = addr_bytes(family, gw, a);
		attr(&r, RTA_GATEWAY, a, n);
	}
	if (ifindex)
		attr(&r, RTA_OIF, &ifindex, sizeof ifindex);
	err = talk(&r);
	if (err)
		sc_broken("adding the route to %s/%d via %s failed: %s", dst, prefixlen,
			  gw ? gw : "the link", sc_errname(-err));
}

/* A usable link-local address of the device in /proc/net/if_inet6:
 * address, index, prefix length, scope (0x20 link), flags, name. */
int sc_link_local(const char *name, struct in6_addr *out)
{
	char line[256], dev[IF_NAMESIZE + 1], hex[33];
	unsigned idx, plen, scope, flags;
	int found = -1;
	FILE *f = fopen("/proc/net/if_inet6", "re");

	if (!f)
		return -1;
	while (found < 0 && fgets(line, sizeof line, f))
		if (sscanf(line, "%32s %x %x %x %x %16s", hex, &idx, &plen, &scope, &flags, dev) == 6 &&
		    !strcmp(dev, name) && scope == 0x20 &&
		    !(flags & (IFA_F_TENTATIVE | IFA_F_DADFAILED))) {
			for (int i = 0; i < 16; i++) {
				unsigned byte;

				sscanf(hex + 2 * i, "%2x", &byte);
				out->s6_addr[i] = (unsigned char)byte;
			}
			found = 0;
		}
	fclose(f);
	return found;
}

static int link_local_ready(const char *name)
{
	struct in6_addr a;

	return sc_link_local(name, &a) == 0;
}

void sc_wait_link_local(const char *name)
{
	char what[64];

	snprintf(what, sizeof what, "a usable IPv6 link-local address on %s", name);
	SC_WAIT_UNTIL(link_local_ready(name), SC_WAIT_MS, what);
}

void sc_veth_netns(int *i0, int *i1)
{
	sc_private_netns();
	if (access("/proc/sys/net/ipv6", F_OK) < 0)
		sc_unsupported("no IPv6 in this kernel");
	sc_sysctl_set("net/ipv6/conf/all/accept_dad", "0");
	sc_sysctl_set("net/ipv6/conf/default/accept_dad", "0");
	sc_link_veth("sc0", "sc1");
	sc_link_set_flags("sc1", IFF_UP);
	sc_link_set_flags("sc0", IFF_UP);
	*i0 = sc_link_index("sc0");
	*i1 = sc_link_index("sc1");
	SC_REQUIRE(*i0 > 0 && *i1 > 0, "the veth pair has no interface indexes");
	/* The link-local address comes once the kernel saw the carrier: by
	 * then the queues are active and the multicast routes are in. */
	sc_wait_link_local("sc0");
	sc_wait_link_local("sc1");
}
