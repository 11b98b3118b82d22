/* rtnetlink requests: see rtnl.h. */
#include "rtnl.h"
#include <arpa/inet.h>

void *sc_rtnl_start(struct sc_rtnl_req *r, int type, int flags, size_t hdrlen)
{
	memset(r, 0, sizeof *r);
	r->h.nlmsg_len = (unsigned)NLMSG_LENGTH(hdrlen);
	r->h.nlmsg_type = (unsigned short)type;
	r->h.nlmsg_flags = (unsigned short)(NLM_F_REQUEST | NLM_F_ACK | flags);
	r->h.nlmsg_seq = 1;
	return NLMSG_DATA(&r->h);
}

struct rtattr *sc_rtnl_attr(struct sc_rtnl_req *r, int type, const void *data, size_t len)
{
	size_t at = NLMSG_ALIGN(r->h.nlmsg_len);
	struct rtattr *a = (struct rtattr *)((char *)r + at);

	if (at + RTA_SPACE(len) > sizeof *r)
		sc_broken("rtnetlink request too long");
	a->rta_type = (unsigned short)type;
	a->rta_len = (unsigned short)RTA_LENGTH(len);
	if (len)
		memcpy(RTA_DATA(a), data, len);
	r->h.nlmsg_len = (unsigned)(at + RTA_SPACE(len));
	return a;
}

void sc_rtnl_nest_end(struct sc_rtnl_req *r, struct rtattr *nest)
{
	nest->rta_len = (unsigned short)((char *)r + r->h.nlmsg_len - (char *)nest);
}

size_t sc_rtnl_addr_bytes(int family, const char *text, unsigned char *out)
{
	if (inet_pton(family, text, out) != 1)
		sc_broken("bad address \"%s\"", text);
	return family == AF_INET6 ? 16 : 4;
}

/* Send r on a new rtnetlink socket; the socket, or -errno. */
static int send_req(struct sc_rtnl_req *r)
{
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE), e;

	if (fd < 0)
		return -errno;
	if (sendto(fd, r, r->h.nlmsg_len, 0, (struct sockaddr *)&kernel, sizeof kernel) < 0) {
		e = errno;
		close(fd);
		return -e;
	}
	return fd;
}

/* The next datagram of the answer, waiting a bounded time: its length, or
 * -errno. */
static ssize_t answer(int fd, void *buf, size_t cap)
{
	ssize_t n;

	if (!sc_poll(fd, POLLIN, SC_WAIT_MS))
		return -ETIMEDOUT;
	n = recv(fd, buf, cap, MSG_DONTWAIT);
	return n < 0 ? -errno : n;
}

/* Walk the answer: fn (when not NULL) sees every message before the end;
 * the errno of an NLMSG_ERROR (0 for an acknowledgement), else 0 at
 * NLMSG_DONE. */
static int walk(int fd, void (*fn)(const struct nlmsghdr *h, void *arg), void *arg)
{
	union {
		struct nlmsghdr align;
		char b[16384];
	} buf;

	for (;;) {
		ssize_t n = answer(fd, buf.b, sizeof buf.b);

		if (n < 0)
			return (int)-n;
		if (n < (ssize_t)NLMSG_HDRLEN)
			return EPROTO;
		for (struct nlmsghdr *h = &buf.align; NLMSG_OK(h, (unsigned)n); h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type == NLMSG_ERROR)
				return -((struct nlmsgerr *)NLMSG_DATA(h))->error;
			if (h->nlmsg_type == NLMSG_DONE)
				return 0;
			if (fn)
				fn(h, arg);
		}
	}
}

int sc_rtnl_talk(struct sc_rtnl_req *r)
{
	int fd = send_req(r), err;

	if (fd < 0)
		return -fd;
	err = walk(fd, NULL, NULL);
	close(fd);
	return err;
}

int sc_rtnl_dump(struct sc_rtnl_req *r, void (*fn)(const struct nlmsghdr *h, void *arg), void *arg)
{
	int fd, err;

	r->h.nlmsg_flags &= (unsigned short)~NLM_F_ACK;
	fd = send_req(r);
	if (fd < 0)
		return -fd;
	err = walk(fd, fn, arg);
	close(fd);
	return err;
}
