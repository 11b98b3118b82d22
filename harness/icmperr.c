/* ICMP port-unreachable errors quoting a TCP connection's segment. */
#include "internal.h"
#include "icmperr.h"
#include "wire4.h"
#include <arpa/inet.h>
#include <netinet/icmp6.h>
#include <netinet/ip.h>
#include <netinet/ip_icmp.h>
#include <netinet/ip6.h>

#ifndef TCP_REPAIR_OFF_NO_WP
#define TCP_REPAIR_OFF_NO_WP -1
#endif

uint32_t sc_tcp_send_seq(int fd)
{
	int on = 1, q = 2 /* TCP_SEND_QUEUE */, off = TCP_REPAIR_OFF_NO_WP, e;
	uint32_t seq = 0;
	socklen_t len = sizeof seq;

	if (setsockopt(fd, IPPROTO_TCP, TCP_REPAIR, &on, sizeof on) < 0) {
		e = errno;
		if (e == EPERM || e == ENOPROTOOPT || e == EOPNOTSUPP)
			sc_unsupported("TCP_REPAIR (to read the sequence number): %s", sc_errname(e));
		sc_broken("setsockopt(TCP_REPAIR) failed: %s", sc_errname(e));
	}
	if (setsockopt(fd, IPPROTO_TCP, TCP_REPAIR_QUEUE, &q, sizeof q) < 0 ||
	    getsockopt(fd, IPPROTO_TCP, TCP_QUEUE_SEQ, &seq, &len) < 0) {
		e = errno;
		setsockopt(fd, IPPROTO_TCP, TCP_REPAIR, &off, sizeof off);
		sc_broken("reading TCP_QUEUE_SEQ failed: %s", sc_errname(e));
	}
	if (setsockopt(fd, IPPROTO_TCP, TCP_REPAIR, &off, sizeof off) < 0)
		sc_broken("leaving TCP repair mode failed: %s", sc_errname(errno));
	return seq;
}

static int raw_socket(int family, int proto)
{
	int fd = socket(family, SOCK_RAW | SOCK_CLOEXEC, proto), e = errno;

	if (fd < 0 && (e == EPERM || e == EACCES))
		sc_unsupported("raw socket for the ICMP error: %s (needs CAP_NET_RAW)", sc_errname(e));
	if (fd < 0)
		sc_broken("raw socket failed: %s", sc_errname(e));
	return sc_track(fd);
}

/* The first 8 bytes of the quoted TCP header: ports and sequence number. */
static void quote_tcp(uint8_t *p, int sport, int dport, uint32_t seq)
{
	uint16_t s = htons((uint16_t)sport), d = htons((uint16_t)dport);
	uint32_t q = htonl(seq);

	memcpy(p, &s, 2);
	memcpy(p + 2, &d, 2);
	memcpy(p + 4, &q, 4);
}

static void send_v4(const struct in_addr *src, const struct in_addr *dst,
		    int sport, int dport, uint32_t seq)
{
	uint8_t pkt[8 + 20 + 8] = { 0 };
	struct icmphdr *ic = (struct icmphdr *)pkt;
	struct iphdr *ip = (struct iphdr *)(pkt + 8);
	struct sockaddr_in to = { .sin_family = AF_INET, .sin_addr = *src };
	int raw = raw_socket(AF_INET, IPPROTO_ICMP);

	ic->type = ICMP_DEST_UNREACH;
	ic->code = ICMP_PORT_UNREACH;
	ip->version = 4;
	ip->ihl = 5;
	ip->tot_len = htons(20 + 40);
	ip->ttl = 64;
	ip->protocol = IPPROTO_TCP;
	ip->saddr = src->s_addr;
	ip->daddr = dst->s_addr;
	ip->check = sc_csum(ip, 20);
	quote_tcp(pkt + 28, sport, dport, seq);
	ic->checksum = sc_csum(pkt, sizeof pkt);
	if (sendto(raw, pkt, sizeof pkt, 0, (struct sockaddr *)&to, sizeof to) != (ssize_t)sizeof pkt)
		sc_broken("sending the ICMP error failed: %s", sc_errname(errno));
}

static void send_v6(const struct in6_addr *src, const struct in6_addr *dst,
		    int sport, int dport, uint32_t seq)
{
	uint8_t pkt[8 + 40 + 8] = { 0 };
	struct icmp6_hdr *ic = (struct icmp6_hdr *)pkt;
	struct ip6_hdr *ip = (struct ip6_hdr *)(pkt + 8);
	struct sockaddr_in6 to = { .sin6_family = AF_INET6, .sin6_addr = *src };
	int raw = raw_socket(AF_INET6, IPPROTO_ICMPV6);

	/* The kernel computes ICMPv6 checksums of raw sockets itself. */
	ic->icmp6_type = ICMP6_DST_UNREACH;
	ic->icmp6_code = ICMP6_DST_UNREACH_NOPORT;
	ip->ip6_flow = htonl(6u << 28);
	ip->ip6_plen = htons(40);
	ip->ip6_nxt = IPPROTO_TCP;
	ip->ip6_hlim = 64;
	ip->ip6_src = *src;
	ip->ip6_dst = *dst;
	quote_tcp(pkt + 48, sport, dport, seq);
	if (sendto(raw, pkt, sizeof pkt, 0, (struct sockaddr *)&to, sizeof to) != (ssize_t)sizeof pkt)
		sc_broken("sending the ICMPv6 error failed: %s", sc_errname(errno));
}

void sc_icmp_port_unreach(int fd, uint32_t seq)
{
	struct sockaddr_storage me, peer;
	socklen_t ml = sizeof me, pl = sizeof peer;

	if (getsockname(fd, (struct sockaddr *)&me, &ml) < 0 ||
	    getpeername(fd, (struct sockaddr *)&peer, &pl) < 0)
		sc_broken("getsockname/getpeername failed: %s", sc_errname(errno));
	if (me.ss_family == AF_INET) {
		struct sockaddr_in *m = (struct sockaddr_in *)&me, *p = (struct sockaddr_in *)&peer;

		send_v4(&m->sin_addr, &p->sin_addr, ntohs(m->sin_port), ntohs(p->sin_port), seq);
		return;
	}
	struct sockaddr_in6 *m = (struct sockaddr_in6 *)&me, *p = (struct sockaddr_in6 *)&peer;

	if (IN6_IS_ADDR_V4MAPPED(&m->sin6_addr)) {
		struct in_addr s, d;

		memcpy(&s, &m->sin6_addr.s6_addr[12], 4);
		memcpy(&d, &p->sin6_addr.s6_addr[12], 4);
		send_v4(&s, &d, ntohs(m->sin6_port), ntohs(p->sin6_port), seq);
		return;
	}
	send_v6(&m->sin6_addr, &p->sin6_addr, ntohs(m->sin6_port), ntohs(p->sin6_port), seq);
}
