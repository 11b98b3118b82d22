/* IPv4 endpoints of a kind, a multicast link, a forwarding path. */
#include "ip4.h"
#include "links.h"
#include <arpa/inet.h>
#include <stdio.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <sys/ioctl.h>

socklen_t sc_ip4_addr(const struct sc_kind *k, const char *ip, int port,
		      struct sockaddr_storage *ss)
{
	struct in_addr a;

	memset(ss, 0, sizeof *ss);
	if (inet_pton(AF_INET, ip, &a) != 1)
		sc_broken("not an IPv4 address: %s", ip);
	if (k->domain == AF_INET6) {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;

		s6->sin6_family = AF_INET6;
		s6->sin6_port = htons((uint16_t)port);
		s6->sin6_addr.s6_addr[10] = s6->sin6_addr.s6_addr[11] = 0xff;
		memcpy(&s6->sin6_addr.s6_addr[12], &a, 4);
		return sizeof *s6;
	}
	struct sockaddr_in *s4 = (struct sockaddr_in *)ss;

	s4->sin_family = AF_INET;
	s4->sin_port = htons((uint16_t)port);
	s4->sin_addr = a;
	return sizeof *s4;
}

int sc_ip4_accepts(const struct sc_kind *k)
{
	return (k->caps & SC_LISTENER) || k->make == SC_MAKE_PEELOFF;
}

int sc_ip4_bound(const struct sc_kind *k, const char *ip, int port)
{
	struct sockaddr_storage ss;
	socklen_t len = sc_ip4_addr(k, ip, port, &ss);
	int fd = sc_kind_socket(k);

	if (bind(fd, (struct sockaddr *)&ss, len) < 0)
		sc_broken("bind() to %s:%d failed: %s", ip, port, sc_errname(errno));
	return fd;
}

const char *sc_ip4_str(const struct sockaddr_storage *ss, char *buf)
{
	const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)ss;

	if (ss->ss_family == AF_INET)
		return inet_ntop(AF_INET, &((const struct sockaddr_in *)ss)->sin_addr, buf, 64);
	if (ss->ss_family == AF_INET6 && IN6_IS_ADDR_V4MAPPED(&s6->sin6_addr))
		return inet_ntop(AF_INET, &s6->sin6_addr.s6_addr[12], buf, 64);
	if (ss->ss_family == AF_INET6)
		return inet_ntop(AF_INET6, &s6->sin6_addr, buf, 64);
	snprintf(buf, 64, "family %d", ss->ss_family);
	return buf;
}

int sc_mcast_link(void)
{
	int index;

	sc_link_veth(SC_MC_LINK, "mc1");
	sc_link_set_flags(SC_MC_LINK, IFF_UP | IFF_MULTICAST);
	index = sc_link_index(SC_MC_LINK);
	sc_link_addr(index, AF_INET, SC_MC_ADDR, 24);
	sc_link_addr(index, AF_INET, SC_MC_ADDR2, 24);
	sc_link_route(AF_INET, "224.0.0.0", 4, NULL, index);
	return index;
}

int sc_mcast_link2(void)
{
	int index;

	sc_link_veth(SC_MC2_LINK, "mc3");
	sc_link_set_flags(SC_MC2_LINK, IFF_UP | IFF_MULTICAST);
	index = sc_link_index(SC_MC2_LINK);
	sc_link_addr(index, AF_INET, SC_MC2_ADDR, 24);
	return index;
}

void sc_mcast_join(int fd, const char *group, int ifindex)
{
	struct ip_mreqn m = { .imr_ifindex = ifindex };

	if (inet_pton(AF_INET, group, &m.imr_multiaddr) != 1)
		sc_broken("not an IPv4 address: %s", group);
	if (setsockopt(fd, IPPROTO_IP, IP_ADD_MEMBERSHIP, &m, sizeof m) == 0)
		return;
	if (errno == ENOPROTOOPT || errno == EOPNOTSUPP)
		sc_unsupported("IP_ADD_MEMBERSHIP: %s: this kind lacks the option", sc_errname(errno));
	sc_broken("IP_ADD_MEMBERSHIP %s on link %d failed: %s", group, ifindex, sc_errname(errno));
}

struct sc_res sc_mcast_source(int fd, int opt, const char *group, const char *source)
{
	struct ip_mreq_source m;

	memset(&m, 0, sizeof m);
	inet_pton(AF_INET, group, &m.imr_multiaddr);
	inet_pton(AF_INET, SC_MC_ADDR, &m.imr_interface);
	if (inet_pton(AF_INET, source, &m.imr_sourceaddr) != 1)
		sc_broken("not an IPv4 address: %s", source);
	return SC_CALL(setsockopt(fd, IPPROTO_IP, opt, &m, sizeof m));
}

int sc_igmp_member(const char *dev, const char *group)
{
	FILE *f = fopen("/proc/net/igmp", "re");
	char line[256], want[16], cur[IFNAMSIZ + 1] = "";
	struct in_addr g;
	int found = 0;

	if (!f)
		sc_broken("cannot read /proc/net/igmp: %s", sc_errname(errno));
	inet_pton(AF_INET, group, &g);
	snprintf(want, sizeof want, "%08X", g.s_addr);
	while (!found && fgets(line, sizeof line, f)) {
		char name[IFNAMSIZ + 1], grp[16];

		if (line[0] != '\t' && sscanf(line, "%*d %16s", name) == 1)
			snprintf(cur, sizeof cur, "%s", name);
		else if (sscanf(line, " %15s", grp) == 1 && !strcmp(cur, dev) && !strcmp(grp, want))
			found = 1;
	}
	fclose(f);
	return found;
}

void sc_ip4_sendto(const struct sc_kind *k, int fd, const char *tag, const char *ip, int port)
{
	struct sockaddr_storage to;
	socklen_t len = sc_ip4_addr(k, ip, port, &to);
	ssize_t n = sendto(fd, tag, strlen(tag), 0, (struct sockaddr *)&to, len);

	if (n != (ssize_t)strlen(tag))
		sc_broken("sendto(%s:%d) of \"%s\" failed: %s", ip, port, tag,
			  n < 0 ? sc_errname(errno) : "short");
}

const char *sc_ip4_drain(int fd, char *buf, size_t cap)
{
	struct sc_deadline d = sc_deadline(SC_WAIT_MS);
	size_t used = 0;

	buf[0] = 0;
	for (;;) {
		char m[256];
		ssize_t n = recv(fd, m, sizeof m - 1, MSG_DONTWAIT);

		if (n >= 0) {
			m[n] = 0;
			if (!strcmp(m, "end"))
				return buf;
			used += (size_t)snprintf(buf + used, used < cap ? cap - used : 0, "%s%s",
						 used ? " " : "", m);
			continue;
		}
		if (errno != EAGAIN && errno != EINTR)
			sc_broken("recv() failed: %s", sc_errname(errno));
		if (!sc_poll(fd, POLLIN, 0) && !sc_backoff(&d))
			sc_timeout("waited %d ms for the datagram \"end\"", d.ms);
	}
}

void sc_mcast_sources(const struct sc_kind *k, const char *group, struct sc_mc_sources *m)
{
	m->kind = k;
	m->group = group;
	sc_private_netns();
	m->index = sc_mcast_link();
	m->rx = sc_ip4_bound(k, group, 0);
	m->port = (int)sc_port(m->rx);
	m->tx1 = sc_ip4_bound(k, SC_MC_ADDR, 0);
	m->tx2 = sc_ip4_bound(k, SC_MC_ADDR2, 0);
}

const char *sc_mcast_heard(const struct sc_mc_sources *m, const char *tag2, const char *tag1,
			   char *buf, size_t cap)
{
	sc_ip4_sendto(m->kind, m->tx2, tag2, m->group, m->port);
	if (tag1)
		sc_ip4_sendto(m->kind, m->tx1, tag1, m->group, m->port);
	sc_ip4_sendto(m->kind, m->tx1, "end", m->group, m->port);
	return sc_ip4_drain(m->rx, buf, cap);
}

void sc_fwd_path(void)
{
	/* fw1 first (sc_link_veth_up): opening fw0 then turns the carrier on
	 * and activates fw0's queue at once, where the other order leaves
	 * that to the link watcher, later, and a packet put on fw0 before is
	 * lost. */
	sc_link_veth_up("fw0", "fw1");
	sc_link_veth("fw2", "fw3");
	sc_link_set_flags("fw2", IFF_UP);
	sc_link_addr(sc_link_index("fw1"), AF_INET, "10.8.0.1", 24);
	sc_link_addr(sc_link_index("fw2"), AF_INET, "10.9.0.1", 24);
	sc_sysctl_set("net/ipv4/conf/all/rp_filter", "0");
	sc_sysctl_set("net/ipv4/conf/fw1/rp_filter", "0");
}

void sc_fwd_inject(const void *pkt, size_t len)
{
	struct sockaddr_ll to = { .sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_IP),
				  .sll_halen = ETH_ALEN };
	struct ifreq ifr = { 0 };
	int fd = socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, htons(ETH_P_IP));

	if (fd < 0)
		sc_unsupported("an AF_PACKET socket needs CAP_NET_RAW: %s", sc_errname(errno));
	sc_track(fd);
	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "fw1");
	if (ioctl(fd, SIOCGIFHWADDR, &ifr) < 0)
		sc_broken("SIOCGIFHWADDR on fw1 failed: %s", sc_errname(errno));
	memcpy(to.sll_addr, ifr.ifr_hwaddr.sa_data, ETH_ALEN);
	to.sll_ifindex = sc_link_index("fw0");
	if (sendto(fd, pkt, len, 0, (struct sockaddr *)&to, sizeof to) != (ssize_t)len)
		sc_broken("putting a packet on fw0 failed: %s", sc_errname(errno));
	sc_close(&fd);
}
