/* veth pairs: created with one rtnetlink request (links.c), tuned with
 * ethtool and address ioctls, fed through a packet socket. */
#include "sc.h"
#include "veth.h"
#include "links.h"
#include "udp4_packet.h"
#include "rtnl.h"
#include <linux/bpf.h>

#include <linux/ethtool.h>
#include <linux/if_link.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <linux/sockios.h>
#include <stdio.h>

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
	unsigned flags = XDP_FLAGS_DRV_MODE;
	struct sc_rtnl_req r;
	struct ifinfomsg *ifi;
	struct rtattr *xdp;
	union bpf_attr a;
	int pfd, err;

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
	ifi = sc_rtnl_start(&r, RTM_SETLINK, 0, sizeof *ifi);
	ifi->ifi_family = AF_UNSPEC;
	ifi->ifi_index = v->rx_index;
	xdp = sc_rtnl_attr(&r, IFLA_XDP | NLA_F_NESTED, NULL, 0);
	sc_rtnl_attr(&r, IFLA_XDP_FD, &pfd, sizeof pfd);
	sc_rtnl_attr(&r, IFLA_XDP_FLAGS, &flags, sizeof flags);
	sc_rtnl_nest_end(&r, xdp);
	err = sc_rtnl_talk(&r);
	close(pfd);
	if (err == EOPNOTSUPP)
		sc_unsupported("veth takes no XDP program here (IFLA_XDP: EOPNOTSUPP): no NAPI on its receive path");
	if (err)
		sc_broken("attaching an XDP program to %s failed: %s", v->rx, sc_errname(err));
}

static void ethtool(const char *dev, unsigned cmd, unsigned val, const char *what)
{
	struct ethtool_value ev = { .cmd = cmd, .data = val };
	struct ifreq ifr = { 0 };

	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", dev);
	ifr.ifr_data = (char *)&ev;
	sc_link_ioctl(AF_INET, SIOCETHTOOL, &ifr, what);
}

void sc_veth_open(struct sc_veth *v)
{
	struct ifreq ifr = { 0 };

	snprintf(v->tx, sizeof v->tx, "sctx0");
	snprintf(v->rx, sizeof v->rx, "scrx0");
	sc_link_veth(v->tx, v->rx);
	v->tx_index = sc_link_index(v->tx);
	v->rx_index = sc_link_index(v->rx);
	/* GRO (and an XDP program, for kernels before 5.13) at the receiving
	 * end puts veth's NAPI in the path; TSO off at the sending end keeps
	 * every packet eligible for it. */
	ethtool(v->rx, ETHTOOL_SGRO, 1, "ETHTOOL_SGRO on");
	ethtool(v->tx, ETHTOOL_STSO, 0, "ETHTOOL_STSO off");
	xdp_pass(v);
	sc_link_set_ipv4(v->rx, "10.9.0.1", 24);
	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", v->rx);
	sc_link_ioctl(AF_INET, SIOCGIFHWADDR, &ifr, "SIOCGIFHWADDR");
	memcpy(v->rx_mac, ifr.ifr_hwaddr.sa_data, 6);
	sc_link_set_flags(v->rx, IFF_UP);
	sc_link_set_flags(v->tx, IFF_UP);
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
