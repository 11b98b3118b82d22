/* Capturing and making IPv4 packets. */
#include "wire4.h"
#include <arpa/inet.h>
#include <netinet/ip.h>
#include <stdio.h>

int sc_wire_open(int proto)
{
	int fd = socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC, proto);

	if (fd < 0 && (errno == EPERM || errno == EACCES))
		sc_unsupported("a raw socket needs CAP_NET_RAW: %s", sc_errname(errno));
	if (fd < 0)
		sc_broken("socket(AF_INET, SOCK_RAW, %d) failed: %s", proto, sc_errname(errno));
	return sc_track(fd);
}

static void parse(struct sc_ip4 *p)
{
	const unsigned char *b = p->raw;
	int fo = b[6] << 8 | b[7];

	p->hlen = (b[0] & 0x0f) * 4;
	p->tos = b[1];
	p->len = b[2] << 8 | b[3];
	p->id = b[4] << 8 | b[5];
	p->df = !!(fo & 0x4000);
	p->mf = !!(fo & 0x2000);
	p->offset = (fo & 0x1fff) * 8;
	p->ttl = b[8];
	p->proto = b[9];
	memcpy(&p->src, b + 12, 4);
	memcpy(&p->dst, b + 16, 4);
	p->optlen = p->hlen > 20 ? p->hlen - 20 : 0;
	if (p->optlen > 40)
		p->optlen = 40;
	memcpy(p->opt, b + 20, (size_t)p->optlen);
	p->sport = p->dport = -1;
	if (!p->offset && p->rawlen >= p->hlen + 4 &&
	    (p->proto == IPPROTO_TCP || p->proto == IPPROTO_UDP ||
	     p->proto == IPPROTO_UDPLITE || p->proto == IPPROTO_SCTP)) {
		p->sport = b[p->hlen] << 8 | b[p->hlen + 1];
		p->dport = b[p->hlen + 2] << 8 | b[p->hlen + 3];
	}
}

int sc_wire_read(int cap, struct sc_ip4 *p, int ms)
{
	struct sc_deadline d = sc_deadline(ms);

	for (;;) {
		ssize_t n = recv(cap, p->raw, sizeof p->raw, MSG_DONTWAIT);

		if (n >= 20) {
			p->rawlen = (int)n;
			parse(p);
			return 1;
		}
		if (n >= 0)
			continue;
		if (errno != EAGAIN && errno != EINTR)
			sc_broken("reading the capture failed: %s", sc_errname(errno));
		if (!sc_poll(cap, POLLIN, 0) && !sc_backoff(&d))
			return 0;
	}
}

void sc_wire_find(int cap, const struct sc_wire_match *m, struct sc_ip4 *p, const char *what)
{
	struct sc_deadline d = sc_deadline(SC_WAIT_MS);

	for (;;) {
		if (sc_wire_read(cap, p, 0) &&
		    (!m->proto || p->proto == m->proto) &&
		    (!m->sport || p->sport == m->sport) &&
		    (!m->dport || p->dport == m->dport) &&
		    p->len >= m->minlen)
			return;
		if (!sc_poll(cap, POLLIN, 0) && !sc_backoff(&d))
			sc_timeout("waited %d ms for %s on the wire", d.ms, what);
	}
}

uint16_t sc_csum(const void *data, size_t len)
{
	const unsigned char *b = data;
	uint32_t sum = 0;

	for (size_t i = 0; i + 1 < len; i += 2)
		sum += (uint32_t)(b[i] << 8 | b[i + 1]);
	if (len & 1)
		sum += (uint32_t)b[len - 1] << 8;
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return htons((uint16_t)~sum);
}

void sc_raw4_send(const void *pkt, size_t len)
{
	struct sockaddr_in to = { .sin_family = AF_INET };
	int fd = socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_RAW);

	if (fd < 0 && (errno == EPERM || errno == EACCES))
		sc_unsupported("a raw socket needs CAP_NET_RAW: %s", sc_errname(errno));
	if (fd < 0)
		sc_broken("socket(AF_INET, SOCK_RAW, IPPROTO_RAW) failed: %s", sc_errname(errno));
	sc_track(fd);
	memcpy(&to.sin_addr, (const char *)pkt + 16, 4);
	if (sendto(fd, pkt, len, 0, (struct sockaddr *)&to, sizeof to) != (ssize_t)len)
		sc_broken("sending a hand-made IPv4 packet failed: %s", sc_errname(errno));
	sc_close(&fd);
}

int sc_wire_proto(const struct sc_kind *k)
{
	if (k->caps & SC_MPTCP)
		return IPPROTO_TCP;
	if (k->protocol)
		return k->protocol;
	return k->type == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP;
}

void sc_wire_carry(struct sc_pair *P, int cap, int n, struct sc_ip4 *p)
{
	struct sc_wire_match m = { .proto = sc_wire_proto(P->kind), .sport = sc_port(P->a),
				   .minlen = 20 + n };
	char buf[4096];
	long got = 0;

	if (n < 300 || n > (int)sizeof buf)
		sc_broken("sc_wire_carry: %d bytes is out of range", n);
	memset(buf, 'w', (size_t)n);
	if (P->kind->make == SC_MAKE_PEELOFF) {
		/* A one-to-many SCTP socket sends by its peer's address. */
		if (sendto(P->a, buf, (size_t)n, 0, (struct sockaddr *)&P->addr, P->addrlen) != n)
			sc_broken("sendto() of %d bytes failed: %s", n, sc_errname(errno));
	} else {
		sc_send_all(P->a, buf, (size_t)n);
	}
	sc_wire_find(cap, &m, p, "the packet carrying the data");
	while (got < n) {
		ssize_t r;

		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data at the peer");
		r = recv(P->b, buf, sizeof buf, MSG_DONTWAIT);
		if (r <= 0)
			sc_broken("the peer could not read the data: %s", r < 0 ? sc_errname(errno) : "end of file");
		got += r;
	}
}

size_t sc_ip4_build(unsigned char *buf, const char *src, const char *dst, int proto, int ttl,
		    const unsigned char *opt, int optlen, const void *data, size_t n)
{
	size_t hl = 20 + (size_t)optlen, len = hl + n;
	uint16_t sum;

	if (optlen % 4 || optlen > 40)
		sc_broken("sc_ip4_build: %d bytes of options", optlen);
	memset(buf, 0, hl);
	buf[0] = (unsigned char)(0x40 | hl / 4);
	buf[2] = (unsigned char)(len >> 8), buf[3] = (unsigned char)len;
	buf[4] = 0x5c, buf[5] = 0x0c;		/* an identification */
	buf[8] = (unsigned char)ttl;
	buf[9] = (unsigned char)proto;
	if (inet_pton(AF_INET, src, buf + 12) != 1 || inet_pton(AF_INET, dst, buf + 16) != 1)
		sc_broken("sc_ip4_build: bad address %s or %s", src, dst);
	if (optlen)
		memcpy(buf + 20, opt, (size_t)optlen);
	sum = sc_csum(buf, hl);
	memcpy(buf + 10, &sum, 2);
	memcpy(buf + hl, data, n);
	return len;
}
