/* recvmsg with its control messages kept, for cases to look through. */
#include "cmsg.h"
#include <arpa/inet.h>
#include <linux/sock_diag.h>
#include <sys/uio.h>

struct sc_res sc_recv_msgbuf(int fd, void *buf, size_t len, int flags, struct sc_msgbuf *m)
{
	union {
		struct cmsghdr align;
		char b[2048];
	} c;
	struct iovec iov = { buf, len };
	struct msghdr h = { .msg_name = &m->from, .msg_namelen = sizeof m->from,
			    .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = c.b, .msg_controllen = sizeof c.b };
	struct sc_res r;

	memset(m, 0, sizeof *m);
	r = SC_CALL(recvmsg(fd, &h, flags));
	m->n = r.ret;
	if (r.ret < 0)
		return r;
	m->flags = h.msg_flags;
	m->fromlen = h.msg_namelen;
	for (struct cmsghdr *x = CMSG_FIRSTHDR(&h); x && m->ncmsg < 8; x = CMSG_NXTHDR(&h, x)) {
		struct sc_cmsg *o = &m->cmsg[m->ncmsg++];
		size_t n = x->cmsg_len - CMSG_LEN(0);

		o->level = x->cmsg_level;
		o->type = x->cmsg_type;
		o->len = n < sizeof o->data ? n : sizeof o->data;
		memcpy(o->data, CMSG_DATA(x), o->len);
	}
	return r;
}

const struct sc_cmsg *sc_cmsg_find(const struct sc_msgbuf *m, int level, int type)
{
	for (int i = 0; i < m->ncmsg; i++)
		if (m->cmsg[i].level == level && m->cmsg[i].type == type)
			return &m->cmsg[i];
	return NULL;
}

long sc_msgbuf_int(const struct sc_msgbuf *m, int level, int type, long dflt)
{
	const struct sc_cmsg *c = sc_cmsg_find(m, level, type);
	int v;

	if (!c || c->len < sizeof v)
		return dflt;
	memcpy(&v, c->data, sizeof v);
	return v;
}

const struct sock_extended_err *sc_cmsg_ee(const struct sc_msgbuf *m)
{
	const struct sc_cmsg *c = sc_cmsg_find(m, SOL_IP, IP_RECVERR);

	if (!c)
		c = sc_cmsg_find(m, SOL_IPV6, IPV6_RECVERR);
	if (!c || c->len < sizeof(struct sock_extended_err))
		return NULL;
	return (const struct sock_extended_err *)(const void *)c->data;
}

/* struct in6_flowlabel_req of <linux/in6.h>, which clashes with glibc. */
struct flowlabel_req {
	struct in6_addr dst;
	uint32_t label;
	uint8_t action, share;
	uint16_t flags, expires, linger;
	uint32_t pad;
};

uint32_t sc_flowlabel_lease(int fd, const struct in6_addr *dst)
{
	/* Stateful labels are 1 to 0x7ffff; another item's is refused (EPERM). */
	uint32_t label = ((uint32_t)getpid() * 2654435761u) % 0x7ffffu + 1;

	for (int tries = 0; tries < 64; tries++, label = label % 0x7ffffu + 1) {
		struct flowlabel_req q = { .dst = *dst, .label = htonl(label),
					   .action = 0 /* IPV6_FL_A_GET */,
					   .share = 1 /* IPV6_FL_S_EXCL */,
					   .flags = 1 /* IPV6_FL_F_CREATE */ };

		if (setsockopt(fd, IPPROTO_IPV6, IPV6_FLOWLABEL_MGR, &q, sizeof q) == 0)
			return label;
		if (errno == ENOPROTOOPT)
			sc_unsupported("IPV6_FLOWLABEL_MGR: ENOPROTOOPT: no flow label leases");
		if (errno != EPERM && errno != EEXIST)
			sc_broken("leasing flow label 0x%x failed: %s", label, sc_errname(errno));
	}
	sc_broken("no free flow label to lease after 64 tries");
}

long sc_rmem_alloc(int fd)
{
	uint32_t mem[SK_MEMINFO_VARS];
	socklen_t len = sizeof mem;

	if (getsockopt(fd, SOL_SOCKET, SO_MEMINFO, mem, &len) < 0)
		sc_broken("getsockopt(SO_MEMINFO) failed: %s", sc_errname(errno));
	return (long)mem[SK_MEMINFO_RMEM_ALLOC];
}
