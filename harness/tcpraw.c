/* Raw TCP segments on loopback; see tcpraw.h. */
#include "internal.h"
#include "tcpraw.h"
#include "blackhole.h"
#include <arpa/inet.h>
#include <netinet/ip.h>

int sc_wire_family(const struct sc_kind *k)
{
	return (k->caps & SC_MAPPED) ? AF_INET : k->domain;
}

int sc_tcpraw(int family)
{
	int fd = socket(family, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_TCP), e, off = 16;

	if (fd < 0) {
		e = errno;
		if (e == EPERM || e == EACCES)
			sc_unsupported("a raw TCP socket needs CAP_NET_RAW: %s", sc_errname(e));
		sc_broken("socket(SOCK_RAW, IPPROTO_TCP) failed: %s", sc_errname(e));
	}
	sc_track(fd);
	/* IPv6 raw sockets leave the checksum to us unless told where it is. */
	if (family == AF_INET6 &&
	    setsockopt(fd, IPPROTO_IPV6, IPV6_CHECKSUM, &off, sizeof off) < 0)
		sc_broken("setsockopt(IPV6_CHECKSUM) failed: %s", sc_errname(errno));
	return fd;
}

int sc_tcpraw_sink(int family)
{
	struct sockaddr_storage ss = { 0 };
	socklen_t len;
	int fd = sc_socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);

	if (family == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)&ss;

		in->sin_family = AF_INET;
		in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		len = sizeof *in;
	} else {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;

		in6->sin6_family = AF_INET6;
		in6->sin6_addr = in6addr_loopback;
		len = sizeof *in6;
	}
	if (bind(fd, (struct sockaddr *)&ss, len) < 0 || listen(fd, 1) < 0)
		sc_broken("a sink listener on loopback: %s", sc_errname(errno));
	sc_blackhole(fd);
	return sc_port(fd);
}

static uint16_t fold(uint32_t sum)
{
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

void sc_tcpraw_send(int raw, int family, const struct sc_seg *s)
{
	uint8_t pkt[60] = { 0 };
	size_t hl = 20 + ((s->optlen + 3) & ~(size_t)3);
	struct sockaddr_storage to = { 0 };
	socklen_t tolen;
	uint32_t sum = 0;

	pkt[0] = (uint8_t)(s->sport >> 8), pkt[1] = (uint8_t)s->sport;
	pkt[2] = (uint8_t)(s->dport >> 8), pkt[3] = (uint8_t)s->dport;
	for (int i = 0; i < 4; i++) {
		pkt[4 + i] = (uint8_t)(s->seq >> (24 - 8 * i));
		pkt[8 + i] = (uint8_t)(s->ack >> (24 - 8 * i));
	}
	pkt[12] = (uint8_t)((hl / 4) << 4);
	pkt[13] = (uint8_t)s->flags;
	pkt[14] = (uint8_t)(s->win >> 8), pkt[15] = (uint8_t)s->win;
	memcpy(pkt + 20, s->opt, s->optlen);
	if (family == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)&to;

		in->sin_family = AF_INET;
		in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		tolen = sizeof *in;
		/* Pseudo-header: 127.0.0.1 twice, protocol, length. */
		sum = 2 * (0x7f00 + 0x0001) + IPPROTO_TCP + (uint32_t)hl;
		for (size_t i = 0; i < hl; i += 2)
			sum += (uint32_t)(pkt[i] << 8 | pkt[i + 1]);
		uint16_t c = fold(sum);
		pkt[16] = (uint8_t)(c >> 8), pkt[17] = (uint8_t)c;
	} else {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&to;

		in6->sin6_family = AF_INET6;
		in6->sin6_addr = in6addr_loopback;
		tolen = sizeof *in6;
	}
	if (sendto(raw, pkt, hl, 0, (struct sockaddr *)&to, tolen) != (ssize_t)hl)
		sc_broken("sending a forged TCP segment failed: %s", sc_errname(errno));
}

static int parse(const uint8_t *p, size_t n, struct sc_seg *s)
{
	size_t hl;

	if (n < 20)
		return -1;
	hl = (size_t)(p[12] >> 4) * 4;
	if (hl < 20 || hl > n)
		return -1;
	memset(s, 0, sizeof *s);
	s->sport = p[0] << 8 | p[1];
	s->dport = p[2] << 8 | p[3];
	s->seq = (uint32_t)p[4] << 24 | (uint32_t)p[5] << 16 | (uint32_t)p[6] << 8 | p[7];
	s->ack = (uint32_t)p[8] << 24 | (uint32_t)p[9] << 16 | (uint32_t)p[10] << 8 | p[11];
	s->flags = p[13];
	s->win = (unsigned)(p[14] << 8 | p[15]);
	s->optlen = hl - 20;
	memcpy(s->opt, p + 20, s->optlen);
	s->len = n - hl;
	return 0;
}

int sc_tcpraw_wait(int raw, int family, int sport, int dport, unsigned mask,
		   unsigned want, struct sc_seg *got, int ms)
{
	static uint8_t buf[70000];
	struct sc_deadline d = sc_deadline(ms);

	for (;;) {
		long long left = (d.end_ns - (long long)sc_now_us() * 1000) / 1000000;
		ssize_t n;
		size_t off = 0;
		struct sc_seg s;

		/* A bound of 0 still reads what is already queued. */
		if (!(sc_poll(raw, POLLIN, left > 0 ? (int)left : 0) & POLLIN))
			return 0;
		n = recv(raw, buf, sizeof buf, MSG_DONTWAIT);
		if (n < 0)
			continue;
		if (family == AF_INET) {
			if (n < 20)
				continue;
			off = (size_t)(buf[0] & 15) * 4;
			/* The IP total length, not what a GSO segment's
			 * receive buffer happened to hold. */
			size_t tot = (size_t)(buf[2] << 8 | buf[3]);
			if (tot && tot < (size_t)n)
				n = (ssize_t)tot;
		}
		if (off >= (size_t)n || parse(buf + off, (size_t)n - off, &s) < 0)
			continue;
		if ((sport >= 0 && s.sport != sport) || (dport >= 0 && s.dport != dport) ||
		    (s.flags & mask) != want)
			continue;
		*got = s;
		return 1;
	}
}

int sc_seg_option(const struct sc_seg *s, int kind, const uint8_t **val)
{
	for (size_t i = 0; i < s->optlen;) {
		int k = s->opt[i];

		if (k == 0)
			break;
		if (k == 1) {
			i++;
			continue;
		}
		if (i + 1 >= s->optlen || s->opt[i + 1] < 2)
			break;
		if (k == kind) {
			if (val)
				*val = s->opt + i + 2;
			return s->opt[i + 1];
		}
		i += s->opt[i + 1];
	}
	return -1;
}
