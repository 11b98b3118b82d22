/* A TIPC node address for the suite's own guests.  TIPC delivers nothing,
 * not even inside one node, until the node has an address; a guest's /init
 * gives it one (what iproute2's `tipc node set address` does) through
 * TIPC's generic netlink family, before any case runs.  Not used on a
 * machine the suite does not own: an address, once set, stays. */
#include "internal.h"
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <linux/tipc_netlink.h>
#include <stdio.h>

#define NLA_END(nla) ((struct nlattr *)((char *)(nla) + NLA_ALIGN((nla)->nla_len)))

struct request {
	struct nlmsghdr nh;
	struct genlmsghdr gh;
	char attrs[64];
};

static struct nlattr *put(struct nlattr *at, unsigned short type, const void *data, size_t len)
{
	at->nla_type = type;
	at->nla_len = (unsigned short)(NLA_HDRLEN + len);
	memcpy((char *)at + NLA_HDRLEN, data, len);
	return NLA_END(at);
}

/* One request; the kernel's answer into reply.  0, or -errno. */
static int ask(int fd, struct request *rq, struct nlattr *end, char *reply, size_t cap)
{
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	struct nlmsghdr *nh = (struct nlmsghdr *)reply;
	ssize_t n;

	rq->nh.nlmsg_len = (unsigned)((char *)end - (char *)rq);
	rq->nh.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	if (sendto(fd, rq, rq->nh.nlmsg_len, 0, (struct sockaddr *)&kernel, sizeof kernel) < 0)
		return -errno;
	n = recv(fd, reply, cap, 0);
	if (n < 0)
		return -errno;
	if (n < (ssize_t)sizeof *nh || !NLMSG_OK(nh, (unsigned)n))
		return -EPROTO;
	if (nh->nlmsg_type == NLMSG_ERROR)
		return ((struct nlmsgerr *)NLMSG_DATA(nh))->error;
	return 0;
}

/* The family id of "TIPCv2", or -errno. */
static int family(int fd)
{
	struct request rq = { .nh = { .nlmsg_type = GENL_ID_CTRL },
			      .gh = { .cmd = CTRL_CMD_GETFAMILY, .version = 1 } };
	char reply[4096];
	struct nlattr *end = put((struct nlattr *)rq.attrs, CTRL_ATTR_FAMILY_NAME,
				 TIPC_GENL_V2_NAME, sizeof TIPC_GENL_V2_NAME);
	struct nlmsghdr *nh = (struct nlmsghdr *)reply;
	int r = ask(fd, &rq, end, reply, sizeof reply);
	struct nlattr *a;
	int left;

	if (r < 0)
		return r;
	a = (struct nlattr *)((char *)NLMSG_DATA(nh) + GENL_HDRLEN);
	left = (int)nh->nlmsg_len - NLMSG_HDRLEN - GENL_HDRLEN;
	for (; left >= NLA_HDRLEN && a->nla_len >= NLA_HDRLEN && a->nla_len <= left;
	     left -= NLA_ALIGN(a->nla_len), a = NLA_END(a))
		if ((a->nla_type & NLA_TYPE_MASK) == CTRL_ATTR_FAMILY_ID)
			return *(unsigned short *)((char *)a + NLA_HDRLEN);
	return -ENOENT;
}

int sc_tipc_set_address(const char *text)
{
	unsigned z, c, n;
	int fd, id, r = 0;

	if (sscanf(text, "%u.%u.%u", &z, &c, &n) != 3 || z > 255 || c > 4095 || n > 4095 || !n) {
		fprintf(stderr, "--tipc-address %s: want Z.C.N (zone, cluster, node; node not 0)\n", text);
		return -EINVAL;
	}
	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);
	if (fd < 0)
		r = -errno;
	else if ((id = family(fd)) < 0)
		r = id;
	else {
		struct request rq = { .nh = { .nlmsg_type = (unsigned short)id },
				      .gh = { .cmd = TIPC_NL_NET_SET, .version = TIPC_GENL_V2_VERSION } };
		struct nlattr *net = (struct nlattr *)rq.attrs, *end;
		unsigned addr = z << 24 | c << 12 | n;
		char reply[1024];

		end = put(net + 1, TIPC_NLA_NET_ADDR, &addr, sizeof addr);
		net->nla_type = TIPC_NLA_NET | NLA_F_NESTED;
		net->nla_len = (unsigned short)((char *)end - (char *)net);
		r = ask(fd, &rq, end, reply, sizeof reply);
	}
	if (fd >= 0)
		close(fd);
	if (r < 0)
		fprintf(stderr, "TIPC node address %s: %s\n", text, sc_errname(-r));
	return r;
}
