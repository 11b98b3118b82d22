/* tun devices, addressed and routed with ioctls alone (no netlink). */
#include "sc.h"
#include "tun.h"
#include "links.h"
#include "udp4_packet.h"
#include <arpa/inet.h>
#include <linux/if_tun.h>
#include <net/route.h>
#include <poll.h>
#include <stdio.h>
#include <sys/ioctl.h>

struct in6_ifreq_ {
	struct in6_addr addr;
	uint32_t prefixlen;
	int ifindex;
};

void sc_tun_open(struct sc_tun *t, int napi)
{
	struct ifreq ifr = { 0 };
	struct in6_ifreq_ r6 = { 0 };
	int fd = open("/dev/net/tun", O_RDWR | O_CLOEXEC | O_NONBLOCK);

	if (fd < 0)
		sc_unsupported("no tun devices: open(/dev/net/tun): %s", sc_errname(errno));
	t->fd = sc_track(fd);
	ifr.ifr_flags = IFF_TUN | IFF_NO_PI | (napi ? IFF_NAPI : 0);
	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "sc%%d");
	if (ioctl(fd, TUNSETIFF, &ifr) < 0) {
		if (napi && errno == EINVAL)
			sc_unsupported("tun without IFF_NAPI on this kernel");
		sc_broken("TUNSETIFF failed: %s", sc_errname(errno));
	}
	snprintf(t->name, sizeof t->name, "%s", ifr.ifr_name);
	t->ifindex = sc_link_index(t->name);

	sc_link_set_ipv4(t->name, "10.9.0.1", 24);
	sc_link_set_flags(t->name, IFF_UP | IFF_RUNNING);
	/* IPv6 after the link is up: tun has IFF_NOARP, so no duplicate
	 * address detection holds the address back. */
	inet_pton(AF_INET6, "fd00:9::1", &r6.addr);
	r6.prefixlen = 64;
	r6.ifindex = t->ifindex;
	sc_link_ioctl(AF_INET6, SIOCSIFADDR, &r6, "SIOCSIFADDR fd00:9::1");
}

void sc_tun_route(struct sc_tun *t, int family, const char *net, int prefix, const char *gw)
{
	if (family == AF_INET) {
		struct rtentry rt = { 0 };
		struct sockaddr_in *d = (struct sockaddr_in *)&rt.rt_dst;
		struct sockaddr_in *g = (struct sockaddr_in *)&rt.rt_gateway;
		struct sockaddr_in *m = (struct sockaddr_in *)&rt.rt_genmask;

		d->sin_family = g->sin_family = m->sin_family = AF_INET;
		inet_pton(AF_INET, net, &d->sin_addr);
		inet_pton(AF_INET, gw, &g->sin_addr);
		m->sin_addr.s_addr = htonl(prefix ? ~0u << (32 - prefix) : 0);
		rt.rt_flags = RTF_UP | RTF_GATEWAY;
		rt.rt_dev = t->name;
		sc_link_ioctl(AF_INET, SIOCADDRT, &rt, "SIOCADDRT (IPv4 route via a gateway)");
		return;
	}
	struct in6_rtmsg r = { 0 };

	inet_pton(AF_INET6, net, &r.rtmsg_dst);
	inet_pton(AF_INET6, gw, &r.rtmsg_gateway);
	r.rtmsg_dst_len = (unsigned short)prefix;
	r.rtmsg_flags = RTF_UP | RTF_GATEWAY;
	r.rtmsg_metric = 1;
	r.rtmsg_ifindex = t->ifindex;
	sc_link_ioctl(AF_INET6, SIOCADDRT, &r, "SIOCADDRT (IPv6 route via a gateway)");
}

void sc_tun_inject_udp4(struct sc_tun *t, const char *src, int sport,
			const char *dst, int dport, const void *data, size_t n)
{
	uint8_t pkt[1500];
	size_t len = sc_udp4_packet(pkt, sizeof pkt, src, sport, dst, dport, data, n);

	if (write(t->fd, pkt, len) != (ssize_t)len)
		sc_broken("writing a packet into %s failed: %s", t->name, sc_errname(errno));
}

long sc_tun_read(struct sc_tun *t, void *buf, size_t cap, int ms)
{
	ssize_t n;

	if (!sc_poll(t->fd, POLLIN, ms))
		return 0;
	n = read(t->fd, buf, cap);
	if (n < 0)
		sc_broken("reading a packet from %s failed: %s", t->name, sc_errname(errno));
	return n;
}
