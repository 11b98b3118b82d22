/* Control messages received and sent: see cmsg.h. */
#include "cmsg.h"
#include <arpa/inet.h>
#include <linux/sock_diag.h>
#include <sys/uio.h>

struct sc_res sc_recv_msg_space(int fd, void *buf, size_t len, size_t space, int flags,
				struct sc_msg *m)
{
	struct iovec iov = { buf, len };
	struct msghdr h = { .msg_name = &m->from, .msg_namelen = sizeof m->from,
			    .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = space ? m->control.b : NULL, .msg_controllen = space };
	struct sc_res r;

	if (space > sizeof m->control.b)
		sc_broken("a control buffer of %zu bytes is more than %d", space, SC_CONTROL_MAX);
	memset(m, 0, offsetof(struct sc_msg, control));
	r = SC_CALL(recvmsg(fd, &h, flags));
	m->ret = r.ret;
	m->err = r.err;
	if (r.ret >= 0) {
		m->flags = h.msg_flags;
		m->fromlen = h.msg_namelen;
		m->controllen = h.msg_controllen;
	}
	errno = r.err;
	return r;
}

struct sc_res sc_recv_msg(int fd, void *buf, size_t len, int flags, struct sc_msg *m)
{
	return sc_recv_msg_space(fd, buf, len, sizeof m->control.b, flags, m);
}

const void *sc_cmsg(const struct sc_msg *m, int level, int type, size_t *len)
{
	struct msghdr h = { .msg_control = (void *)m->control.b, .msg_controllen = m->controllen };

	for (struct cmsghdr *c = CMSG_FIRSTHDR(&h); c; c = CMSG_NXTHDR(&h, c))
		if (c->cmsg_level == level && c->cmsg_type == type) {
			if (len)
				*len = c->cmsg_len - CMSG_LEN(0);
			return CMSG_DATA(c);
		}
	return NULL;
}

long sc_cmsg_int(const struct sc_msg *m, int level, int type, long dflt)
{
	size_t len;
	const unsigned char *d = sc_cmsg(m, level, type, &len);
	int v;

	if (!d)
		return dflt;
	if (len == 1)
		return d[0];
	if (len < sizeof v)
		return dflt;
	memcpy(&v, d, sizeof v);
	return v;
}

const struct sock_extended_err *sc_cmsg_ee(const struct sc_msg *m)
{
	size_t len = 0;
	const void *d = sc_cmsg(m, SOL_IP, IP_RECVERR, &len);

	if (!d)
		d = sc_cmsg(m, SOL_IPV6, IPV6_RECVERR, &len);
	if (!d || len < sizeof(struct sock_extended_err))
		return NULL;
	return d;
}

struct sc_res sc_send_ctl(int fd, const void *buf, size_t len, const void *ctl,
			  size_t ctllen, const struct sockaddr *to, socklen_t tolen)
{
	struct iovec iov = { (void *)buf, len };
	struct msghdr m = {
		.msg_name = (void *)to, .msg_namelen = to ? tolen : 0,
		.msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = ctllen ? (void *)ctl : NULL, .msg_controllen = ctllen,
	};

	return SC_CALL(sendmsg(fd, &m, MSG_NOSIGNAL));
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
