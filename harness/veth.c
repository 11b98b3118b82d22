/* veth pairs: created with one rtnetlink request, tuned with ethtool and
 * address ioctls, fed through a packet socket. */
#include "sc.h"
#include "veth.h"
#include "udp4_packet.h"
#include <arpa/inet.h>
#include <linux/bpf.h>
#include <linux/ethtool.h>
#include <linux/if_link.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sockios.h>
#include <linux/veth.h>
#include <stdio.h>
#include <sys/ioctl.h>

/* A request: the message header, then its body and attributes. */
static char req[1024] __attribute__((aligned(NLMSG_ALIGNTO)));
#define HDR ((struct nlmsghdr *)req)

static size_t put(int type, const void *data, size_t len)
{
	size_t at = NLMSG_ALIGN(HDR->nlmsg_len);
	struct rtattr a = { .rta_len = (unsigned short)RTA_LENGTH(len), .rta_type = (unsigned short)type };

	if (at + RTA_SPACE(len) > sizeof req)
		sc_broken("netlink request too long");
	memcpy(req + at, &a, sizeof a);
	if (len)
		memcpy(req + at + RTA_LENGTH(0), data, len);
	HDR->nlmsg_len = (unsigned)(at + RTA_ALIGN(a.rta_len));
	return at;
}

/* Close an attribute opened at offset at: it holds all put since. */
static void end_nest(size_t at)
{
	unsigned short len = (unsigned short)(HDR->nlmsg_len - at);

	memcpy(req + at, &len, sizeof len);
}

static void create(struct sc_veth *v)
{
	struct nlmsghdr h = { .nlmsg_len = NLMSG_LENGTH(sizeof(struct ifinfomsg)), .nlmsg_type = RTM_NEWLINK,
			      .nlmsg_flags = NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL | NLM_F_ACK };
	struct ifinfomsg peer = { .ifi_family = AF_UNSPEC };
	size_t info, data, pa;
	char ans[1024] __attribute__((aligned(NLMSG_ALIGNTO)));
	struct nlmsgerr *e;
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	ssize_t got;

	if (fd < 0)
		sc_broken("netlink socket failed: %s", sc_errname(errno));
	memset(req, 0, sizeof req);
	memcpy(req, &h, sizeof h);
	put(IFLA_IFNAME, v->tx, strlen(v->tx) + 1);
	info = put(IFLA_LINKINFO, NULL, 0);
	put(IFLA_INFO_KIND, "veth", 5);
	data = put(IFLA_INFO_DATA, NULL, 0);
	pa = put(VETH_INFO_PEER, &peer, sizeof peer);
	put(IFLA_IFNAME, v->rx, strlen(v->rx) + 1);
	end_nest(pa);
	end_nest(data);
	end_nest(info);
	if (send(fd, req, HDR->nlmsg_len, 0) < 0 || (got = recv(fd, ans, sizeof ans, 0)) < 0) {
		int err = errno;

		close(fd);
		sc_broken("RTM_NEWLINK (veth) failed: %s", sc_errname(err));
	}
	close(fd);
	e = NLMSG_DATA((struct nlmsghdr *)ans);
	if (((struct nlmsghdr *)ans)->nlmsg_type == NLMSG_ERROR && e->error) {
		if (e->error == -EOPNOTSUPP || e->error == -ENOENT)
			sc_unsupported("no veth devices: RTM_NEWLINK: %s", sc_errname(-e->error));
		sc_broken("RTM_NEWLINK (veth) failed: %s", sc_errname(-e->error));
	}
}

/* An XDP program that passes every packet, attached to rx (RTM_SETLINK,
 * IFLA_XDP): veth then receives through its per-queue NAPI on every
 * kernel with veth XDP (4.19); GRO alone does so only since 5.13
 * (d3256efd8e8b "veth: allow enabling NAPI even without XDP"). */
static void xdp_pass(struct sc_veth *v)
{
	struct bpf_insn prog[] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0, .imm = XDP_PASS },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	struct nlmsghdr h = { .nlmsg_len = NLMSG_LENGTH(sizeof(struct ifinfomsg)), .nlmsg_type = RTM_SETLINK,
			      .nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK };
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_index = v->rx_index };
	char ans[1024] __attribute__((aligned(NLMSG_ALIGNTO)));
	union bpf_attr a;
	unsigned flags = XDP_FLAGS_DRV_MODE;
	struct nlmsgerr *e;
	size_t xdp;
	int pfd, fd, err;

	memset(&a, 0, sizeof a);
	a.prog_type = BPF_PROG_TYPE_XDP;
	a.insns = (unsigned long)prog;
	a.insn_cnt = 2;
	a.license = (unsigned long)"GPL";
	pfd = (int)syscall(SYS_bpf, BPF_PROG_LOAD, &a, sizeof a);
	if (pfd < 0) {
		err = errno;
		if (err == ENOSYS || err == EPERM || err == EACCES || err == EINVAL)
			sc_unsupported("bpf(BPF_PROG_LOAD) of an XDP program (to put veth's NAPI in the path): %s",
				       sc_errname(err));
		sc_broken("bpf(BPF_PROG_LOAD) of an XDP program failed: %s", sc_errname(err));
	}
	memset(req, 0, sizeof req);
	memcpy(req, &h, sizeof h);
	memcpy(req + NLMSG_HDRLEN, &ifi, sizeof ifi);
	xdp = put(IFLA_XDP | NLA_F_NESTED, NULL, 0);
	put(IFLA_XDP_FD, &pfd, sizeof pfd);
	put(IFLA_XDP_FLAGS, &flags, sizeof flags);
	end_nest(xdp);
	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	err = fd < 0 || send(fd, req, HDR->nlmsg_len, 0) < 0 || recv(fd, ans, sizeof ans, 0) < 0 ? errno : 0;
	if (fd >= 0)
		close(fd);
	close(pfd);
	e = NLMSG_DATA((struct nlmsghdr *)ans);
	if (!err && ((struct nlmsghdr *)ans)->nlmsg_type == NLMSG_ERROR)
		err = -e->error;
	if (err == EOPNOTSUPP)
		sc_unsupported("veth takes no XDP program here (IFLA_XDP: EOPNOTSUPP): no NAPI on its receive path");
	if (err)
		sc_broken("attaching an XDP program to %s failed: %s", v->rx, sc_errname(err));
}

static void ctl(unsigned long req, void *arg, const char *what)
{
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0), e;

	if (s < 0)
		sc_broken("socket for %s failed: %s", what, sc_errname(errno));
	if (ioctl(s, req, arg) < 0) {
		e = errno;
		close(s);
		sc_broken("%s failed: %s", what, sc_errname(e));
	}
	close(s);
}

static void ethtool(const char *dev, unsigned cmd, unsigned val, const char *what)
{
	struct ethtool_value ev = { .cmd = cmd, .data = val };
	struct ifreq ifr = { 0 };

	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", dev);
	ifr.ifr_data = (char *)&ev;
	ctl(SIOCETHTOOL, &ifr, what);
}

static void up(const char *dev)
{
	struct ifreq ifr = { 0 };

	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", dev);
	ctl(SIOCGIFFLAGS, &ifr, "SIOCGIFFLAGS");
	ifr.ifr_flags |= IFF_UP;
	ctl(SIOCSIFFLAGS, &ifr, "SIOCSIFFLAGS up");
}

void sc_veth_open(struct sc_veth *v)
{
	struct ifreq ifr = { 0 };
	struct sockaddr_in *in = (struct sockaddr_in *)&ifr.ifr_addr;

	snprintf(v->tx, sizeof v->tx, "sctx0");
	snprintf(v->rx, sizeof v->rx, "scrx0");
	create(v);
	v->tx_index = (int)if_nametoindex(v->tx);
	v->rx_index = (int)if_nametoindex(v->rx);
	/* GRO (and an XDP program, for kernels before 5.13) at the receiving
	 * end puts veth's NAPI in the path; TSO off at the sending end keeps
	 * every packet eligible for it. */
	ethtool(v->rx, ETHTOOL_SGRO, 1, "ETHTOOL_SGRO on");
	ethtool(v->tx, ETHTOOL_STSO, 0, "ETHTOOL_STSO off");
	xdp_pass(v);
	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", v->rx);
	in->sin_family = AF_INET;
	inet_pton(AF_INET, "10.9.0.1", &in->sin_addr);
	ctl(SIOCSIFADDR, &ifr, "SIOCSIFADDR 10.9.0.1");
	inet_pton(AF_INET, "255.255.255.0", &in->sin_addr);
	ctl(SIOCSIFNETMASK, &ifr, "SIOCSIFNETMASK /24");
	ctl(SIOCGIFHWADDR, &ifr, "SIOCGIFHWADDR");
	memcpy(v->rx_mac, ifr.ifr_hwaddr.sa_data, 6);
	up(v->rx);
	up(v->tx);
}

void sc_veth_send_udp4(struct sc_veth *v, const char *src, int sport,
		       const char *dst, int dport, const void *data, size_t n)
{
	uint8_t pkt[1500];
	size_t len = sc_udp4_packet(pkt, sizeof pkt, src, sport, dst, dport, data, n);
	struct sockaddr_ll ll = { .sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_IP),
				  .sll_ifindex = v->tx_index, .sll_halen = 6 };
	int fd = socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	ssize_t w;

	if (fd < 0)
		sc_broken("packet socket failed: %s", sc_errname(errno));
	memcpy(ll.sll_addr, v->rx_mac, 6);
	w = sendto(fd, pkt, len, 0, (struct sockaddr *)&ll, sizeof ll);
	close(fd);
	if (w != (ssize_t)len)
		sc_broken("sending a packet out of %s failed: %s", v->tx, sc_errname(errno));
}
