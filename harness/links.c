/* Devices, addresses and routes of a private network namespace: one
 * rtnetlink request per call (rtnl.c), each acknowledged by the kernel;
 * flags and MTU through interface ioctls. */
#include "links.h"
#include "rtnl.h"
#include <arpa/inet.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/veth.h>
#include <net/if.h>
#include <stdio.h>
#include <sys/ioctl.h>

int sc_link_index(const char *name)
{
	return (int)if_nametoindex(name);
}

void sc_link_ioctl(int family, unsigned long req, void *arg, const char *what)
{
	int s = socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0), e;

	if (s < 0)
		sc_broken("socket for %s failed: %s", what, sc_errname(errno));
	if (ioctl(s, req, arg) < 0) {
		e = errno;
		close(s);
		sc_broken("%s failed: %s", what, sc_errname(e));
	}
	close(s);
}

static void ifreq_call(const char *name, unsigned long op, struct ifreq *ifr, const char *what)
{
	char text[160];

	snprintf(ifr->ifr_name, sizeof ifr->ifr_name, "%s", name);
	snprintf(text, sizeof text, "%s on %s", what, name);
	sc_link_ioctl(AF_INET, op, ifr, text);
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

void sc_link_set_ipv4(const char *name, const char *addr, int prefixlen)
{
	struct ifreq ifr = { 0 };
	struct sockaddr_in *in = (struct sockaddr_in *)&ifr.ifr_addr;
	char what[64];

	in->sin_family = AF_INET;
	if (inet_pton(AF_INET, addr, &in->sin_addr) != 1)
		sc_broken("bad address \"%s\"", addr);
	snprintf(what, sizeof what, "SIOCSIFADDR %s", addr);
	ifreq_call(name, SIOCSIFADDR, &ifr, what);
	in->sin_addr.s_addr = htonl(prefixlen ? ~0u << (32 - prefixlen) : 0);
	snprintf(what, sizeof what, "SIOCSIFNETMASK /%d", prefixlen);
	ifreq_call(name, SIOCSIFNETMASK, &ifr, what);
}

void sc_link_veth(const char *name, const char *peer)
{
	struct sc_rtnl_req r;
	struct ifinfomsg pi = { .ifi_family = AF_UNSPEC };
	struct rtattr *info, *data, *p;
	int err;

	sc_rtnl_start(&r, RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, sizeof(struct ifinfomsg));
	sc_rtnl_attr(&r, IFLA_IFNAME, name, strlen(name) + 1);
	info = sc_rtnl_attr(&r, IFLA_LINKINFO, NULL, 0);
	sc_rtnl_attr(&r, IFLA_INFO_KIND, "veth", 5);
	data = sc_rtnl_attr(&r, IFLA_INFO_DATA, NULL, 0);
	p = sc_rtnl_attr(&r, VETH_INFO_PEER, &pi, sizeof pi);
	sc_rtnl_attr(&r, IFLA_IFNAME, peer, strlen(peer) + 1);
	sc_rtnl_nest_end(&r, p);
	sc_rtnl_nest_end(&r, data);
	sc_rtnl_nest_end(&r, info);
	err = sc_rtnl_talk(&r);
	/* A kernel without veth has no such link kind: EOPNOTSUPP (ENODEV,
	 * ENOENT or EAFNOSUPPORT from some versions and configurations). */
	if (err == EOPNOTSUPP || err == ENODEV || err == ENOENT || err == EAFNOSUPPORT)
		sc_unsupported("creating a veth pair: %s: this kernel has no veth devices",
			       sc_errname(err));
	if (err)
		sc_broken("creating the veth pair %s/%s failed: %s", name, peer, sc_errname(err));
}

int sc_link_veth_up(const char *name, const char *peer)
{
	sc_link_veth(name, peer);
	sc_link_set_flags(peer, IFF_UP);
	sc_link_set_flags(name, IFF_UP);
	return sc_link_index(name);
}

static void addr(int type, int ifindex, int family, const char *text, int prefixlen)
{
	struct sc_rtnl_req r;
	struct ifaddrmsg *ifa = sc_rtnl_start(&r, type, type == RTM_NEWADDR ? NLM_F_CREATE | NLM_F_EXCL : 0,
					      sizeof *ifa);
	unsigned char a[16];
	size_t n = sc_rtnl_addr_bytes(family, text, a);
	unsigned flags = IFA_F_NODAD;
	int err;

	ifa->ifa_family = (unsigned char)family;
	ifa->ifa_prefixlen = (unsigned char)prefixlen;
	ifa->ifa_index = (unsigned)ifindex;
	if (family == AF_INET6)
		ifa->ifa_flags = IFA_F_NODAD;
	sc_rtnl_attr(&r, IFA_LOCAL, a, n);
	sc_rtnl_attr(&r, IFA_ADDRESS, a, n);
	if (family == AF_INET6 && type == RTM_NEWADDR)
		sc_rtnl_attr(&r, IFA_FLAGS, &flags, sizeof flags);
	err = sc_rtnl_talk(&r);
	if (err)
		sc_broken("%s %s/%d on interface %d failed: %s", type == RTM_NEWADDR ? "adding" : "deleting",
			  text, prefixlen, ifindex, sc_errname(err));
}

void sc_link_addr(int ifindex, int family, const char *a, int prefixlen)
{
	addr(RTM_NEWADDR, ifindex, family, a, prefixlen);
}

void sc_link_addr_del(int ifindex, int family, const char *a, int prefixlen)
{
	addr(RTM_DELADDR, ifindex, family, a, prefixlen);
}

static void route(int family, const char *dst, int prefixlen, int type, const char *gw, int ifindex)
{
	struct sc_rtnl_req r;
	struct rtmsg *rt = sc_rtnl_start(&r, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL, sizeof *rt);
	unsigned char a[16];
	size_t n = sc_rtnl_addr_bytes(family, dst, a);
	int err;

	rt->rtm_family = (unsigned char)family;
	rt->rtm_dst_len = (unsigned char)prefixlen;
	rt->rtm_table = RT_TABLE_MAIN;
	rt->rtm_protocol = RTPROT_STATIC;
	rt->rtm_type = (unsigned char)type;
	/* An IPv4 unicast route with no gateway is on-link. */
	rt->rtm_scope = family == AF_INET && type == RTN_UNICAST && !gw ? RT_SCOPE_LINK
									 : RT_SCOPE_UNIVERSE;
	sc_rtnl_attr(&r, RTA_DST, a, n);
	if (gw) {
		n = sc_rtnl_addr_bytes(family, gw, a);
		sc_rtnl_attr(&r, RTA_GATEWAY, a, n);
	}
	if (ifindex)
		sc_rtnl_attr(&r, RTA_OIF, &ifindex, sizeof ifindex);
	err = sc_rtnl_talk(&r);
	if (err == EOPNOTSUPP && type != RTN_UNICAST)
		sc_unsupported("a route of type %d: %s: not supported by this kernel", type, sc_errname(err));
	if (err)
		sc_broken("adding the route to %s/%d via %s failed: %s", dst, prefixlen,
			  gw ? gw : "the link", sc_errname(err));
}

void sc_link_route(int family, const char *dst, int prefixlen, const char *gw, int ifindex)
{
	route(family, dst, prefixlen, RTN_UNICAST, gw, ifindex);
}

void sc_link_route_type(int family, const char *dst, int prefixlen, int type)
{
	route(family, dst, prefixlen, type, NULL, 0);
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
	*i0 = sc_link_veth_up("sc0", "sc1");
	*i1 = sc_link_index("sc1");
	SC_REQUIRE(*i0 > 0 && *i1 > 0, "the veth pair has no interface indexes");
	/* The link-local address comes once the kernel saw the carrier: by
	 * then the queues are active and the multicast routes are in. */
	sc_wait_link_local("sc0");
	sc_wait_link_local("sc1");
}
