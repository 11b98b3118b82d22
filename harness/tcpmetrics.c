/* See tcpmetrics.h. */
#include "internal.h"
#include "tcpmetrics.h"
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <linux/tcp_metrics.h>

struct req {
	struct nlmsghdr n;
	struct genlmsghdr g;
	char attrs[64];
};

static int nl_open(void)
{
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);

	if (fd < 0)
		sc_unsupported("no generic netlink socket: %s", sc_errname(errno));
	return sc_track(fd);
}

static void nl_send(int fd, struct req *r)
{
	struct sockaddr_nl to = { .nl_family = AF_NETLINK };

	if (sendto(fd, r, r->n.nlmsg_len, 0, (struct sockaddr *)&to, sizeof to) < 0)
		sc_broken("sending a generic netlink request failed: %s", sc_errname(errno));
}

/* Walk the attributes of one generic netlink message. */
#define FOR_ATTR(a, msg, len)                                                  \
	for (struct nlattr *a = (struct nlattr *)((char *)(msg) + GENL_HDRLEN); \
	     (char *)a + NLA_HDRLEN <= (char *)(msg) + (len) && a->nla_len >= NLA_HDRLEN && \
	     (char *)a + a->nla_len <= (char *)(msg) + (len);                   \
	     a = (struct nlattr *)((char *)a + NLA_ALIGN(a->nla_len)))

static int family_id(int fd)
{
	static char buf[8192];
	struct req r = { 0 };
	struct nlattr *na = (struct nlattr *)r.attrs;
	size_t nl = sizeof TCP_METRICS_GENL_NAME;
	ssize_t n;

	r.n.nlmsg_type = GENL_ID_CTRL;
	r.n.nlmsg_flags = NLM_F_REQUEST;
	r.n.nlmsg_seq = 1;
	r.g.cmd = CTRL_CMD_GETFAMILY;
	r.g.version = 1;
	na->nla_type = CTRL_ATTR_FAMILY_NAME;
	na->nla_len = (unsigned short)(NLA_HDRLEN + nl);
	memcpy((char *)na + NLA_HDRLEN, TCP_METRICS_GENL_NAME, nl);
	r.n.nlmsg_len = (unsigned)(NLMSG_LENGTH(GENL_HDRLEN) + NLA_ALIGN(na->nla_len));
	nl_send(fd, &r);
	n = recv(fd, buf, sizeof buf, 0);
	for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, n); h = NLMSG_NEXT(h, n)) {
		if (h->nlmsg_type == NLMSG_ERROR)
			sc_unsupported("the kernel has no %s generic netlink family", TCP_METRICS_GENL_NAME);
		FOR_ATTR(a, NLMSG_DATA(h), h->nlmsg_len - NLMSG_HDRLEN)
			if (a->nla_type == CTRL_ATTR_FAMILY_ID)
				return *(unsigned short *)((char *)a + NLA_HDRLEN);
	}
	sc_broken("no family id in the answer for %s", TCP_METRICS_GENL_NAME);
}

long sc_tcp_metrics_count(int family)
{
	static char buf[32768];
	int fd = nl_open(), id = family_id(fd), want, done = 0;
	struct req r = { 0 };
	long count = 0;

	want = family == AF_INET6 ? TCP_METRICS_ATTR_ADDR_IPV6 : TCP_METRICS_ATTR_ADDR_IPV4;
	r.n.nlmsg_type = (unsigned short)id;
	r.n.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	r.n.nlmsg_seq = 2;
	r.n.nlmsg_len = NLMSG_LENGTH(GENL_HDRLEN);
	r.g.cmd = TCP_METRICS_CMD_GET;
	r.g.version = TCP_METRICS_GENL_VERSION;
	nl_send(fd, &r);
	while (!done) {
		ssize_t n = recv(fd, buf, sizeof buf, 0);

		if (n <= 0)
			sc_broken("reading the tcp_metrics dump failed: %s", sc_errname(errno));
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, n); h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
				done = 1;
				break;
			}
			FOR_ATTR(a, NLMSG_DATA(h), h->nlmsg_len - NLMSG_HDRLEN)
				if (a->nla_type == want)
					count++;
		}
	}
	return count;
}
